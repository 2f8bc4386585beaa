import { applyChoice, mergeCorrection, NEW_ACCOUNT_ID } from '../../../src/intents/dialogue/draft-updates';
import { HandlerRegistry } from '../../../src/intents/handlers/registry';
import { buildHandlerRegistry } from '../../../src/intents/handlers';
import { renderTerminal } from '../../../src/bots/terminal/render';
import { transcriptOf } from '../../../src/intents/handlers/summarise-call.intent';
import { t } from '../../../src/intents/i18n/messages';
import type { Draft } from '../../../src/intents/handlers/handler';

const pending = (extra: Partial<Draft> = {}): Draft & { choices: Array<{ type: string; id: string; name: string }> } => ({
  intent: 'ticket.create',
  entities: { customer: 'acme', subject: 'SSO down' },
  refs: {},
  text: 'open a ticket for acme',
  choices: [
    { type: 'account', id: 'a1', name: 'Acme Corporation' },
    { type: 'account', id: 'a2', name: 'Acme Logistics' },
    { type: 'account', id: NEW_ACCOUNT_ID, name: 'Create "acme" as a new customer' },
  ],
  ...extra,
});

describe('dialogue pieces', () => {
  it('takes a choice by number, by id, by name or by "create"', () => {
    expect(applyChoice(pending(), '2')!.refs).toEqual({ accountId: 'a2', accountName: 'Acme Logistics' });
    expect(applyChoice(pending(), 'a1')!.refs.accountId).toBe('a1');
    expect(applyChoice(pending(), 'acme logistics')!.refs.accountId).toBe('a2');
    expect(applyChoice(pending(), 'logistics')!.refs.accountId).toBe('a2');
    expect(applyChoice(pending(), 'create it')!.refs).toEqual({ createAccount: true, accountName: 'acme' });
    expect(applyChoice(pending(), '新建')!.refs.createAccount).toBe(true);
    expect(applyChoice(pending(), '9')).toBeNull();
    expect(applyChoice(pending(), 'something else entirely')).toBeNull();
  });

  it('keeps contact and deal choices apart from accounts', () => {
    const p = pending({ intent: 'contact.update' });
    p.choices = [{ type: 'contact', id: 'c1', name: 'Dana' }, { type: 'deal', id: 'd1', name: 'Renewal' }];
    expect(applyChoice(p, '1')!.refs).toEqual({ contactId: 'c1', contactName: 'Dana' });
    expect(applyChoice(p, '2')!.refs).toEqual({ dealId: 'd1', dealName: 'Renewal' });
  });

  it('forgets a matched customer when a correction names another one', () => {
    const d = pending({ refs: { accountId: 'a1', accountName: 'Acme Corporation', contactId: 'c1' }, entities: { customer: 'acme', contact: 'Dana' } });
    expect(mergeCorrection(d, { priority: 'high' }).refs.accountId).toBe('a1');
    const moved = mergeCorrection(d, { customer: 'Globex', contact: 'Hank' });
    expect(moved.refs).toEqual({});
    expect(moved.entities).toMatchObject({ customer: 'Globex', contact: 'Hank' });
  });

  it('refuses to start with a missing or doubled intent handler', () => {
    expect(() => new HandlerRegistry([])).toThrow(/No handler registered for intent\(s\): ticket.create/);
    const all = (buildHandlerRegistry() as unknown as { byIntent: Map<string, unknown> }).byIntent;
    const list = [...all.values()] as ConstructorParameters<typeof HandlerRegistry>[0];
    expect(() => new HandlerRegistry([...list, list[0]!])).toThrow(/Two handlers registered for intent ticket.create/);
  });

  it('renders replies for the terminal', () => {
    const out = renderTerminal({
      intent: 'kpi.query', entities: {}, status: 'done', reply: 'Win rate: 50%', data: {}, records: [], language: 'en',
      blocks: [
        { type: 'table', title: 'By rep', columns: ['Rep', 'Win rate'], rows: [['Ada', '50%'], ['Bo', '40%']] },
        { type: 'choices', prompt: 'Which?', options: [{ label: '1. Acme', value: 'a1' }] },
        { type: 'buttons', buttons: [{ id: 'confirm', label: 'Confirm', value: 'yes' }, { id: 'cancel', label: 'Cancel', value: 'cancel' }] },
        { type: 'facts', items: [{ label: 'x', value: 'y' }] },
      ],
    });
    expect(out).toBe('Win rate: 50%\nBy rep\nRep  Win rate\nAda  50%     \nBo   40%     \n  1. Acme\n[Confirm] [Cancel]');
  });

  it('finds the pasted transcript after the request line', () => {
    expect(transcriptOf('summarise this call with Initech:\nDana: hi\nBob: hello')).toBe('Dana: hi\nBob: hello');
    expect(transcriptOf('总结一下这个通话：\n王伟: 你好\n李娜: 您好')).toBe('王伟: 你好\n李娜: 您好');
    expect(transcriptOf('summarise this call')).toBe('');
  });

  it('speaks both languages', () => {
    expect(t('en', 'choose_customer', { name: 'acme' })).toBe('Several customers match "acme". Which one?');
    expect(t('zh', 'choose_customer', { name: 'acme' })).toBe('有多个客户与“acme”匹配，是哪一个？');
  });
});

describe('history topics', () => {
  const { historyTopic } = require('../../../src/intents/handlers/customer-history.intent') as typeof import('../../../src/intents/handlers/customer-history.intent');
  it('keeps what the question is about and drops status words and the customer name', () => {
    expect(historyTopic('what did Initech say about pricing?', undefined, 'Initech')).toEqual({ text: 'pricing', explicit: false });
    expect(historyTopic("what's the latest with Umbrella? any open issues?", undefined, 'Umbrella')).toBeNull();
    expect(historyTopic('列一下星耀精密目前未解决的工单', undefined, '星耀精密')).toBeNull();
    expect(historyTopic('华为最近有什么投诉?', '投诉', '华为')).toEqual({ text: '投诉', explicit: true });
    expect(historyTopic('how is acme', 'status', 'acme')).toBeNull();
  });
});
