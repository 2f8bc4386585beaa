import { cleanContactFields, findContactsByName, updateContact } from '../../crm/contacts/contact-service';
import type { Entities } from '../../shared/contract/contract';
import type { IntentHandler } from './handler';
import { cleanFields, recordRef } from './handler-support';
import { say } from '../i18n/messages';

/** "set her title to VP" style changes arrive as field/value; map the fields we know. */
function changeOf(e: Entities): { email?: string; phone?: string; title?: string; name?: string } {
  const c: { email?: string; phone?: string; title?: string; name?: string } = { email: e.email, phone: e.phone, title: e.title };
  const f = e.field?.toLowerCase();
  if (f && e.value) {
    if (/mail|邮箱/.test(f)) c.email ??= e.value;
    else if (/phone|mobile|tel|电话|手机/.test(f)) c.phone ??= e.value;
    else if (/title|role|position|职位|职务/.test(f)) c.title ??= e.value;
    else if (/name|名字|姓名/.test(f)) c.name = e.value;
  }
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v)) as typeof c;
}

export const updateContactIntent: IntentHandler = {
  intent: 'contact.update',
  writes: true,
  customer: 'optional',
  async run(ctx, draft) {
    const e = draft.entities;
    let contactId = draft.refs.contactId;
    let contactName = draft.refs.contactName ?? e.contact!;
    if (!contactId) {
      const found = await findContactsByName(ctx.deps.db, ctx.actor, e.contact!, draft.refs.accountId);
      if (found.length === 0) return { kind: 'not_found', reply: say(ctx.lang, `I cannot find a contact called ${e.contact}.`, `找不到名为 ${e.contact} 的联系人。`) };
      const exact = found.filter((c) => String(c.name).toLowerCase() === e.contact!.toLowerCase());
      const pool = exact.length ? exact : found;
      if (pool.length > 1) {
        return {
          kind: 'choose',
          slot: 'contact',
          question: say(ctx.lang, `Several contacts match "${e.contact}". Which one?`, `有多个联系人与“${e.contact}”匹配，是哪一个？`),
          choices: pool.map((c) => ({ type: 'contact', id: c.id, name: `${c.name}${c.account_name ? ` (${c.account_name})` : ''}` })),
        };
      }
      contactId = pool[0]!.id;
      contactName = pool[0]!.name as string;
    }
    const change = changeOf(e);
    if (!Object.keys(change).length) {
      return { kind: 'ask', slot: 'value', question: say(ctx.lang, `What should change for ${contactName}?`, `${contactName} 要改什么？`) };
    }
    const clean = cleanContactFields(change, ctx.deps.region);
    if (!draft.confirmed) {
      draft.refs.contactId = contactId;
      draft.refs.contactName = contactName;
      return { kind: 'confirm', pending: { action: 'update', type: 'contact', fields: cleanFields({ contact: contactName, ...clean }) }, summary: say(ctx.lang, `Update ${contactName}.`, `更新联系人 ${contactName}。`) };
    }
    const { after } = await ctx.deps.db.tx((q) => updateContact({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, contactId!, change, ctx.deps.region));
    return {
      kind: 'done',
      reply: say(ctx.lang, `Updated ${after.name}.`, `已更新联系人 ${after.name}。`),
      data: { contact: { id: after.id, name: after.name, email: after.email, phone: after.phone, title: after.title } },
      records: [recordRef('contact', after, 'updated')],
    };
  },
};
