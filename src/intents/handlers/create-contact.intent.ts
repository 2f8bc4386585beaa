import { cleanContactFields, createContact } from '../../crm/contacts/contact-service';
import type { IntentHandler } from './handler';
import { accountFor, cleanFields, customerLabel, recordRef } from './handler-support';
import { say } from '../i18n/messages';

export const createContactIntent: IntentHandler = {
  intent: 'contact.create',
  writes: true,
  customer: 'optional',
  async run(ctx, draft) {
    const e = draft.entities;
    // Validate before asking to confirm, so a bad phone is reported now, not after "yes".
    cleanContactFields({ name: e.contact, email: e.email, phone: e.phone, title: e.title }, ctx.deps.region);
    if (!draft.confirmed) {
      return {
        kind: 'confirm',
        pending: { action: 'create', type: 'contact', fields: cleanFields({ name: e.contact, account: e.customer ? customerLabel(draft) : undefined, email: e.email, phone: e.phone, title: e.title }) },
        summary: say(ctx.lang, `Add contact ${e.contact}${e.customer ? ` at ${customerLabel(draft)}` : ''}.`, `添加联系人 ${e.contact}${e.customer ? `（${customerLabel(draft)}）` : ''}。`),
      };
    }
    const { contact, merged, account } = await ctx.deps.db.tx(async (q) => {
      const account = e.customer ? await accountFor(ctx, q, draft) : null;
      const r = await createContact({ actor: ctx.actor, source: ctx.source, now: ctx.now }, q, { name: e.contact!, accountId: account?.id, email: e.email, phone: e.phone, title: e.title }, ctx.deps.region);
      return { ...r, account };
    });
    return {
      kind: 'done',
      reply: merged
        ? say(ctx.lang, `${contact.name} was already in the CRM (same email or phone); I updated that contact instead of adding a duplicate.`, `${contact.name} 已存在（邮箱或电话相同），已更新该联系人，没有重复创建。`)
        : say(ctx.lang, `Added ${contact.name}${account ? ` at ${account.name}` : ''}.`, `已添加联系人 ${contact.name}${account ? `（${account.name}）` : ''}。`),
      data: { contact: { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone }, merged },
      records: [...(account?.created ? [account.created] : []), recordRef('contact', contact, merged ? 'updated' : 'created')],
    };
  },
};
