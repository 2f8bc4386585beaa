import { runNluJsonl } from '../../../src/intents/nlu';

async function* lines(items: string[]): AsyncIterable<string> {
  for (const l of items) yield l;
}

async function run(items: string[], defaults = { tz: 'UTC', region: 'US' }): Promise<Array<Record<string, unknown>>> {
  const out: string[] = [];
  await runNluJsonl(lines(items), (l) => out.push(l), defaults);
  return out.map((l) => JSON.parse(l));
}

describe('crm nlu --json (runNluJsonl)', () => {
  it('answers one line per message, in order, and goes on after a bad line', async () => {
    const out = await run([
      JSON.stringify({ id: 'm1', text: 'open a P1 ticket for Acme, their SSO is down', now: '2026-11-25T10:00:00Z', tz: 'UTC' }),
      '{not json',
      JSON.stringify({ id: 'm2', text: '本月赢单率', now: '2026-06-10T09:00:00Z' }),
    ]);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'm1', intent: 'ticket.create', entities: { customer: 'Acme', priority: 'urgent', subject: 'SSO is down' } });
    expect(out[0].confidence).toEqual(expect.any(Number));
    expect(out[1]).toEqual({ id: null, error: { code: 'bad_input', message: expect.stringContaining('line 2') } });
    expect(out[2]).toMatchObject({ id: 'm2', intent: 'kpi.query', language: 'zh', entities: { metric: 'win_rate', period: { start: '2026-06-01', end: '2026-06-30' } } });
  });

  it('uses the default zone when a line has none, and the current time when it has no now', async () => {
    const [late] = await run([JSON.stringify({ id: 1, text: 'tickets opened today', now: '2026-06-30T23:30:00Z' })], { tz: 'Asia/Shanghai', region: 'US' });
    expect(late).toMatchObject({ id: 1, entities: { period: { start: '2026-07-01', end: '2026-07-01' } } });
    const [now] = await run([JSON.stringify({ text: 'win rate this year' })]);
    const year = new Date().getUTCFullYear();
    expect(now).toMatchObject({ id: null, entities: { period: { start: `${year}-01-01`, end: `${year}-12-31` } } });
  });

  it('reports a line without text, with a bad clock or a bad zone, keeping its id', async () => {
    const out = await run([
      JSON.stringify({ id: 'a' }),
      JSON.stringify({ id: 'b', text: 'hi', now: 'yesterday-ish' }),
      JSON.stringify({ id: 'c', text: 'hi', tz: 'Mars/Base' }),
      JSON.stringify(['not', 'an', 'object']),
    ]);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', null]);
    for (const o of out) expect(o.error).toEqual({ code: 'bad_input', message: expect.any(String) });
    expect(String((out[2].error as { message: string }).message)).toContain('tz');
  });

  it('skips blank lines', async () => {
    const out = await run(['', '   ', JSON.stringify({ id: 'x', text: 'help' })]);
    expect(out).toEqual([expect.objectContaining({ id: 'x', intent: 'help' })]);
  });
});
