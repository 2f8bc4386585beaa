import crypto from 'node:crypto';
import type { Actor } from '../crm/access/actor';
import { undoLastWrite } from '../crm/audit/undo';
import { AppError, isAppError } from '../shared/app-error';
import { contract, type Entities, type IntentName } from '../shared/contract/contract';
import { detectLanguage, type Language } from '../shared/language';
import { loadState, saveState, type ConversationKey, type ConversationState } from './dialogue/conversation-store';
import { applyChoice, mergeCorrection } from './dialogue/draft-updates';
import type { Draft, EngineDeps, HandlerContext, Outcome } from './handlers/handler';
import type { HandlerRegistry } from './handlers/registry';
import { t, say } from './i18n/messages';
import { classifyFollowUp, extractCorrection, extractSlot, understand, type NluContext } from './nlu';
import { CONFIRM_BUTTONS, type Reply } from './reply';
import { resolveCustomer } from './resolve/customer-resolver';

/** One message from any surface, already mapped to a CRM user by the adapter. */
export interface IncomingMessage {
  surface: string;
  channel: string;
  thread: string;
  actor: Actor;
  text: string;
  now?: Date;
  tz?: string;
  eventId?: string;
  /** Confirm a write at once (`crm ask --yes`). */
  yes?: boolean;
}

type Pending = NonNullable<ConversationState['pending']>;

export class ConversationEngine {
  constructor(
    private readonly deps: EngineDeps,
    private readonly handlers: HandlerRegistry,
  ) {}

  async handle(msg: IncomingMessage): Promise<Reply> {
    const text = msg.text.trim();
    if (!text) throw new AppError('bad_input', 'The message is empty.');
    if (!msg.actor.id) throw new AppError('bad_input', 'Messages need a real user.');
    const now = msg.now ?? new Date();
    const tz = msg.tz ?? msg.actor.timezone ?? this.deps.timezone;
    const key: ConversationKey = { surface: msg.surface, channel: msg.channel, thread: msg.thread, userId: msg.actor.id };
    const { state } = await loadState(this.deps.db, key);
    const nluCtx: NluContext = { now, tz, region: this.deps.region };
    const follow = classifyFollowUp(text);
    const lang: Language = follow && state.pending ? (state.pending.lang ?? detectLanguage(text)) : detectLanguage(text);
    const ctx: HandlerContext = {
      deps: this.deps,
      actor: msg.actor,
      lang,
      now,
      tz,
      text,
      source: { surface: msg.surface, eventId: msg.eventId, text: text.slice(0, 2000), batch: crypto.randomUUID() },
    };
    const finish = async (reply: Reply, next: ConversationState) => {
      reply.conversation = await saveState(this.deps.db, key, next);
      return reply;
    };

    if (follow === 'undo') return finish(await this.undo(ctx), {});
    let draft: Draft | null = null;
    const p = state.pending;
    if (p) {
      if (follow === 'no' || follow === 'cancel') return finish(this.reply(ctx, p, 'cancelled', t(lang, 'cancelled')), {});
      if (p.awaiting === 'confirm' && follow === 'yes') draft = { ...p, confirmed: true };
      else if (p.awaiting === 'choice') draft = applyChoice(p, text);
      else if (p.awaiting === 'slot' && p.slot && follow !== 'help') {
        const filled = extractSlot(text, p.slot as keyof Entities, nluCtx);
        if (Object.keys(filled).length) draft = { ...p, entities: { ...p.entities, ...filled } };
      } else if (p.awaiting === 'confirm') {
        const change = extractCorrection(text, nluCtx, p.intent);
        if (Object.keys(change).length) draft = mergeCorrection(p, change);
      }
    } else if (follow === 'yes') {
      return finish(this.reply(ctx, { intent: 'unknown', entities: {}, refs: {}, text }, 'done', t(lang, 'nothing_pending')), {});
    }
    if (!draft) {
      const nlu = understand(text, nluCtx);
      draft = { intent: nlu.intent, entities: nlu.entities, refs: {}, text };
      await this.maybeAskModel(draft, nlu.confidence, ctx);
    }
    if (msg.yes) draft.confirmed = true;
    const { reply, next } = await this.process(ctx, draft);
    return finish(reply, next);
  }

  /** The model is asked only when the offline reading is unsure (or found nothing); only its names are taken. */
  private async maybeAskModel(draft: Draft, confidence: number, ctx: HandlerContext): Promise<void> {
    if (this.deps.llm.mode === 'offline' || (confidence >= 0.6 && draft.intent !== 'unknown')) return;
    try {
      const guess = await this.deps.llm.classify({ text: draft.text, intents: Object.keys(contract.intents), now: ctx.now, tz: ctx.tz });
      if (guess && guess.confidence > confidence && guess.intent in contract.intents) {
        draft.intent = guess.intent as IntentName;
        // Only free-text names come from the model; dates, numbers and enums stay with the offline reader.
        for (const k of ['customer', 'contact', 'subject', 'query', 'note'] as const) {
          const v = guess.entities[k];
          if (typeof v === 'string' && v.length < 200 && !draft.entities[k]) draft.entities[k] = v;
        }
      }
    } catch (e) {
      this.deps.log.warn({ err: e }, 'model classification failed; keeping the offline reading');
    }
  }

  private async process(ctx: HandlerContext, draft: Draft): Promise<{ reply: Reply; next: ConversationState }> {
    const handler = this.handlers.get(draft.intent);
    const spec = contract.intents[draft.intent];
    for (const slot of spec.required as Array<keyof Entities>) {
      if (slot === 'customer' && (draft.refs.accountId || draft.refs.createAccount)) continue;
      if (handler.ownSlots?.includes(slot)) continue;
      if (draft.entities[slot] === undefined || draft.entities[slot] === '') {
        return this.wait(ctx, draft, { kind: 'ask', slot, question: askFor(ctx.lang, slot) });
      }
    }
    try {
      if (handler.customer !== 'none' && draft.entities.customer && !draft.refs.accountId && !draft.refs.createAccount) {
        const r = await resolveCustomer(ctx, draft.entities.customer, handler.writes);
        if (r.kind === 'resolved') draft.refs = { ...draft.refs, accountId: r.id, accountName: r.name };
        else return this.wait(ctx, draft, r.outcome);
      }
      const outcome = await handler.run(ctx, draft);
      return this.wait(ctx, draft, outcome);
    } catch (e) {
      return { reply: this.failure(ctx, draft, e), next: {} };
    }
  }

  private wait(ctx: HandlerContext, draft: Draft, o: Outcome): { reply: Reply; next: ConversationState } {
    const lang = ctx.lang;
    const keep = (awaiting: Pending['awaiting'], extra: Partial<Pending> = {}): ConversationState => ({
      pending: { intent: draft.intent, entities: draft.entities, refs: draft.refs, text: draft.text, lang, awaiting, ...extra },
    });
    switch (o.kind) {
      case 'ask':
        return { reply: this.reply(ctx, draft, 'needs_input', o.question, { missing: o.slot }), next: keep('slot', { slot: o.slot }) };
      case 'choose': {
        const reply = this.reply(ctx, draft, 'needs_input', o.question, { missing: o.slot, choices: o.choices });
        reply.blocks.push({ type: 'choices', prompt: o.question, options: o.choices.map((c, i) => ({ label: `${i + 1}. ${c.name}`, value: c.id })) });
        return { reply, next: keep('choice', { slot: o.slot, choices: o.choices }) };
      }
      case 'confirm': {
        const text = `${o.summary}\n${t(lang, 'confirm_prompt')}`;
        const reply = this.reply(ctx, draft, 'needs_confirmation', text, { pending: o.pending });
        reply.blocks.push({ type: 'facts', items: Object.entries(o.pending.fields).filter(([, v]) => v != null && v !== '').map(([k, v]) => ({ label: k, value: String(v) })) });
        reply.blocks.push(CONFIRM_BUTTONS(lang));
        return { reply, next: keep('confirm') };
      }
      case 'done': {
        const reply = this.reply(ctx, draft, 'done', o.reply, o.data ?? {});
        reply.records = o.records ?? [];
        reply.blocks.push(...(o.blocks ?? []));
        return { reply, next: {} };
      }
      default:
        return { reply: this.reply(ctx, draft, o.kind, o.reply, o.data ?? {}), next: {} };
    }
  }

  private failure(ctx: HandlerContext, draft: Draft, e: unknown): Reply {
    if (isAppError(e)) {
      if (e.code === 'denied') return this.reply(ctx, draft, 'denied', t(ctx.lang, 'denied', { why: e.message }));
      if (e.code === 'not_found') return this.reply(ctx, draft, 'not_found', e.message);
      if (e.code === 'bad_input') return this.reply(ctx, draft, 'error', e.message);
    }
    this.deps.log.error({ err: e, intent: draft.intent }, 'handler failed');
    return this.reply(ctx, draft, 'error', t(ctx.lang, 'error'));
  }

  private async undo(ctx: HandlerContext): Promise<Reply> {
    const draft: Draft = { intent: 'unknown', entities: {}, refs: {}, text: ctx.text };
    try {
      const r = await this.deps.db.tx((q) => undoLastWrite(q, ctx.actor, ctx.now));
      const what = r.reverted.map((x) => `${x.type} ${x.action === 'deleted' ? say(ctx.lang, 'removed', '已删除') : say(ctx.lang, 'restored', '已恢复')}`).join(', ');
      const reply = this.reply(ctx, draft, 'done', t(ctx.lang, 'undone', { what }), { undone: r.reverted });
      reply.records = r.reverted.map((x) => ({ type: x.type as 'ticket', id: x.id, change: x.action === 'deleted' ? 'deleted' : 'updated' }));
      return reply;
    } catch (e) {
      return this.failure(ctx, draft, e);
    }
  }

  private reply(ctx: HandlerContext, draft: Pick<Draft, 'intent' | 'entities'> & Partial<Draft>, status: Reply['status'], text: string, data: Record<string, unknown> = {}): Reply {
    return { intent: draft.intent, entities: draft.entities, status, reply: text, data, records: [], blocks: [], language: ctx.lang };
  }
}

function askFor(lang: Language, slot: keyof Entities): string {
  switch (slot) {
    case 'customer': return t(lang, 'ask_customer');
    case 'ticket': return t(lang, 'ask_ticket');
    case 'contact': return t(lang, 'ask_contact');
    case 'metric': return t(lang, 'ask_metric');
    case 'query': return t(lang, 'ask_query');
    default: return t(lang, 'ask_subject');
  }
}
