import { newTicketView, readSubmission, ticketRequest, TICKET_MODAL } from '../../../src/bots/slack/ticket-modal';

const state = (v: { customer?: string; subject?: string; priority?: string; description?: string }) => ({
  customer: { value: { value: v.customer ?? null } },
  subject: { value: { value: v.subject ?? null } },
  priority: { value: { selected_option: v.priority ? { value: v.priority } : null } },
  description: { value: { value: v.description ?? null } },
});

describe('new ticket modal', () => {
  it('is a modal with the four fields', () => {
    const v = newTicketView({ customer: 'Acme' });
    expect(v.callback_id).toBe(TICKET_MODAL);
    expect(v.blocks.map((b) => b.block_id)).toEqual(['customer', 'subject', 'priority', 'description']);
  });

  it('accepts a good submission and phrases it for the engine', () => {
    const r = readSubmission(state({ customer: ' Acme ', subject: 'SSO is down', priority: 'urgent', description: 'since 9am' }));
    expect(r).toEqual({ ok: true, value: { customer: 'Acme', subject: 'SSO is down', priority: 'urgent', description: 'since 9am' } });
    if (r.ok) expect(ticketRequest(r.value)).toBe('open a urgent priority ticket for Acme: SSO is down\nsince 9am');
  });

  it('shows field errors keyed by block', () => {
    const r = readSubmission(state({ customer: 'A', subject: '!!!' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors).sort()).toEqual(['customer', 'subject']);
      expect(r.errors.subject).toMatch(/words/);
    }
  });

  it('defaults the priority to normal', () => {
    const r = readSubmission({ customer: { value: { value: 'Acme' } }, subject: { value: { value: 'Printer jam' } } });
    expect(r.ok && r.value.priority).toBe('normal');
    if (r.ok) expect(ticketRequest(r.value)).toBe('open a normal priority ticket for Acme: Printer jam');
  });
});
