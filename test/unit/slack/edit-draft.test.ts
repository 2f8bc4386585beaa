import { CONFIRM_BUTTONS, type Reply } from '../../../src/intents/reply';
import { EDIT_ACTION, editDraftOf, parseEditDraft } from '../../../src/bots/slack/edit-draft';
import { renderReply } from '../../../src/bots/slack/render';

const pendingReply = (intent: Reply['intent'], type: string, fields: Record<string, unknown>, over: Partial<Reply> = {}): Reply => ({
  intent, entities: {}, status: 'needs_confirmation', reply: 'Save?', data: { pending: { action: 'create', type, fields } }, records: [], blocks: [CONFIRM_BUTTONS(over.language ?? 'en')], language: 'en', ...over,
});

describe('editing a pending write', () => {
  it('offers tickets and calls for editing, nothing else', () => {
    expect(editDraftOf(pendingReply('ticket.create', 'ticket', { account: 'Acme', subject: 'SSO', priority: 'urgent', description: 'd' }))).toEqual({ kind: 'ticket', customer: 'Acme', subject: 'SSO', priority: 'urgent', description: 'd' });
    expect(editDraftOf(pendingReply('ticket.create', 'ticket', { account: 'Acme', subject: 'SSO' }))).toEqual({ kind: 'ticket', customer: 'Acme', subject: 'SSO', priority: 'normal' });
    expect(editDraftOf(pendingReply('call.log', 'activity', { account: 'Initech', body: 'quote' }))).toEqual({ kind: 'call', customer: 'Initech', note: 'quote' });
    expect(editDraftOf(pendingReply('deal.create', 'deal', { account: 'Acme' }))).toBeNull();
    expect(editDraftOf(pendingReply('ticket.create', 'ticket', {}, { status: 'done' }))).toBeNull();
    expect(editDraftOf({ ...pendingReply('ticket.create', 'ticket', {}), data: {} })).toBeNull();
  });

  it("puts an Edit button beside Confirm that carries the draft, within Slack's 2000 characters", () => {
    const m = renderReply(pendingReply('ticket.create', 'ticket', { account: 'Acme', subject: 'SSO "down"', priority: 'high', description: '"'.repeat(1200) }), { thread: 't' });
    const edit = (m.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string; text: { text: string } }> }).elements.find((e) => e.action_id === EDIT_ACTION)!;
    expect(edit.text.text).toBe('Edit…');
    expect(edit.value.length).toBeLessThanOrEqual(2000);
    expect(parseEditDraft(edit.value)).toMatchObject({ kind: 'ticket', customer: 'Acme', subject: 'SSO "down"', priority: 'high' });
    const call = renderReply(pendingReply('call.log', 'activity', { account: 'Initech', body: '\\\\'.repeat(1500) }, { language: 'zh' }), { thread: 't' });
    const callEdit = (call.blocks.find((b) => b.type === 'actions') as { elements: Array<{ action_id: string; value: string; text: { text: string } }> }).elements.find((e) => e.action_id === EDIT_ACTION)!;
    expect(callEdit.text.text).toBe('编辑…');
    expect(callEdit.value.length).toBeLessThanOrEqual(2000);
  });

  it('reads only well-formed drafts back', () => {
    expect(parseEditDraft('{"kind":"call","customer":"A","note":"n"}')).toEqual({ kind: 'call', customer: 'A', note: 'n' });
    expect(parseEditDraft('{"kind":"deal"}')).toBeNull();
    expect(parseEditDraft('not json')).toBeNull();
    expect(parseEditDraft(undefined)).toBeNull();
  });
});
