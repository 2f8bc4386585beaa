import { callRequest, CALL_MODAL, draftFromMessage, logCallView, newTicketView, readCall, readTicket, ticketRequest, TICKET_MODAL } from '../../../src/bots/slack/record-modals';

const state = (v: Record<string, string | undefined>, selects: string[] = ['priority']) =>
  Object.fromEntries(Object.entries(v).map(([k, val]) => [k, { value: selects.includes(k) ? { selected_option: val ? { value: val } : null } : { value: val ?? null } }]));

describe('record modals', () => {
  it('builds the New ticket and Log call modals, remembering where they came from', () => {
    const t = newTicketView({ subject: 'SSO down' }, { channel: 'C1', thread: '1.1', ts: '1.2' });
    expect(t.callback_id).toBe(TICKET_MODAL);
    expect(t.blocks.map((b) => b.block_id)).toEqual(['customer', 'subject', 'priority', 'description']);
    expect(JSON.parse(t.private_metadata!)).toEqual({ channel: 'C1', thread: '1.1', ts: '1.2' });
    const c = logCallView({ note: 'x'.repeat(4000) });
    expect(c.callback_id).toBe(CALL_MODAL);
    expect(((c.blocks[1] as { element: { initial_value: string } }).element.initial_value).length).toBe(3000);
  });

  it('accepts a good ticket and phrases it for the engine, link last', () => {
    const r = readTicket(state({ customer: ' Acme ', subject: 'SSO is down', priority: 'urgent', description: 'since 9am' }));
    expect(r).toEqual({ ok: true, value: { customer: 'Acme', subject: 'SSO is down', priority: 'urgent', description: 'since 9am' } });
    if (r.ok) expect(ticketRequest(r.value, 'https://x.slack.com/p1')).toBe('open a urgent priority ticket for Acme: SSO is down\nsince 9am\nhttps://x.slack.com/p1');
  });

  it('shows field errors keyed by block', () => {
    const r = readTicket(state({ customer: 'A', subject: '!!!' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['customer', 'subject']);
      expect(r.errors.subject).toMatch(/needs some words/);
    }
    const c = readCall(state({ customer: 'Acme', note: 'hi' }));
    expect(c.ok || c.errors).toEqual({ note: expect.stringMatching(/at least 5/) });
  });

  it('defaults the priority to normal', () => {
    const r = readTicket({ customer: { value: { value: 'Acme' } }, subject: { value: { value: 'Printer jam' } } });
    expect(r.ok && r.value.priority).toBe('normal');
    if (r.ok) expect(ticketRequest(r.value)).toBe('open a normal priority ticket for Acme: Printer jam');
  });

  it('phrases a call note for the engine', () => {
    const r = readCall(state({ customer: 'Initech', note: 'They want a quote for 50 seats.' }));
    expect(r.ok && callRequest(r.value, 'https://l')).toBe('log a call with Initech: They want a quote for 50 seats.\nhttps://l');
  });

  it('drafts a ticket from a message: first line as subject, all as description', () => {
    expect(draftFromMessage('\n  Mobile app   crashes\nsince the update')).toEqual({ subject: 'Mobile app crashes', description: '\n  Mobile app   crashes\nsince the update' });
  });
});
