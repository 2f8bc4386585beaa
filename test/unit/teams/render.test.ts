import type { Reply } from '../../../src/intents/reply';
import { CONFIRM_BUTTONS } from '../../../src/intents/reply';
import { kpiChange, kpiHeader } from '../../../src/bots/teams/kpi-card';
import { needsCard, renderAnsweredCard, renderCard } from '../../../src/bots/teams/render';

const reply = (over: Partial<Reply>): Reply => ({ intent: 'help', entities: {}, status: 'done', reply: 'Hello', data: {}, records: [], blocks: [], language: 'en', ...over });
const json = (x: unknown) => JSON.stringify(x);

describe('Reply → Adaptive Card', () => {
  it('sends plain answers as text, structured ones as a card', () => {
    expect(needsCard(reply({}))).toBe(false);
    expect(needsCard(reply({ blocks: [{ type: 'text', text: 'x' }] }))).toBe(true);
  });

  it('renders a KPI answer with the figure, its change and the comparison period', () => {
    const r = reply({
      intent: 'kpi.query',
      reply: 'Win rate (2026-10-01 – 2026-12-31): 40.0% (2 of 5)',
      data: { metric: 'win_rate', unit: 'ratio', value: 0.4, compare: { value: 0.25, period: { start: '2026-07-01', end: '2026-09-30' } } },
      blocks: [{ type: 'facts', title: 'Win rate', items: [{ label: 'Value', value: '40.0%' }, { label: 'Compared with', value: '25.0%' }] }],
    });
    const card = renderCard(r);
    const s = json(card);
    expect(card.version).toBe('1.5');
    expect(s).toContain('"text":"40.0%"');
    expect(s).toContain('▲ 15.0 pts');
    expect(s).toContain('"color":"Good"');
    expect(s).toContain('vs 2026-07-01 – 2026-09-30');
    expect(s).toContain('"type":"FactSet"');
  });

  it('colours a rise in a lower-is-better metric as a warning, and shows flat and percent changes', () => {
    const head = kpiHeader(reply({ intent: 'kpi.query', data: { metric: 'sla_breaches', unit: 'count', value: 6, compare: { value: 4 } }, blocks: [{ type: 'facts', items: [{ label: 'Value', value: '6' }] }] }));
    expect(json(head)).toContain('"color":"Attention"');
    expect(json(head)).toContain('▲ 50.0%');
    expect(kpiChange({ value: 3, compare: { value: 3 } }, 'zh')).toEqual({ text: '持平', direction: 'flat' });
    expect(kpiChange({ value: 5, compare: { value: 0 }, unit: 'money' }, 'en')).toEqual({ text: '▲ 5', direction: 'up' });
    expect(kpiChange({ value: 0.2, compare: { value: 0.3 }, unit: 'ratio' }, 'zh')?.text).toBe('▼ 10.0 个百分点');
    expect(kpiChange({ value: null }, 'en')).toBeNull();
    expect(kpiHeader(reply({ intent: 'kpi.query', data: {} }))).toBeNull();
    expect(kpiHeader(reply({ intent: 'kpi.query', data: { metric: 'new_deals', value: 3 }, blocks: [{ type: 'facts', items: [{ label: 'V', value: '3' }] }] }))).toHaveLength(2);
  });

  it('turns confirm and cancel into Action.Submit buttons carrying the answer and the user they are for', () => {
    const r = reply({ status: 'needs_confirmation', reply: 'Create ticket for Acme?', blocks: [{ type: 'facts', items: [{ label: 'subject', value: 'SSO down' }] }, CONFIRM_BUTTONS('en')] });
    const card = renderCard(r, { submitFor: '29:u' });
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Confirm', data: { action: 'yes', summary: 'Create ticket for Acme?', for: '29:u' }, style: 'positive' },
      { type: 'Action.Submit', title: 'Cancel', data: { action: 'cancel', summary: 'Create ticket for Acme?', for: '29:u' }, style: 'destructive' },
    ]);
  });

  it('labels the confirm button of a call summary with where it will be saved', () => {
    const pending = { fields: { account: 'Acme Corporation' } };
    const summary = (language: 'en' | 'zh') => reply({ intent: 'call.summarise', status: 'needs_confirmation', language, data: { pending }, blocks: [CONFIRM_BUTTONS(language)] });
    expect(renderCard(summary('en')).actions?.map((a) => a.title)).toEqual(['Save to Acme Corporation', 'Cancel']);
    expect(renderCard(summary('zh')).actions?.[0]?.title).toBe('保存到Acme Corporation');
    const noAccount = reply({ intent: 'call.summarise', status: 'needs_confirmation', data: { pending: { fields: {} } }, blocks: [CONFIRM_BUTTONS('en')] });
    expect(renderCard(noAccount).actions?.[0]?.title).toBe('Confirm');
  });

  it('offers ambiguous customers as a choice set', () => {
    const r = reply({ status: 'needs_input', language: 'zh', reply: '哪个客户？', blocks: [{ type: 'choices', prompt: '哪个客户？', options: [{ label: '1. Acme Inc', value: 'a1' }, { label: '2. Acme Ltd', value: 'a2' }] }] });
    const card = renderCard(r);
    const set = card.body.find((e) => e.type === 'Input.ChoiceSet');
    expect(set).toMatchObject({ id: 'choice', style: 'expanded', choices: [{ title: '1. Acme Inc', value: 'a1' }, { title: '2. Acme Ltd', value: 'a2' }] });
    expect(card.actions?.[0]).toMatchObject({ title: '选择', data: { action: 'choice', labels: { a1: '1. Acme Inc' } } });
    expect(card.actions?.[1]).toMatchObject({ title: '取消', data: { action: 'cancel' } });
  });

  it('renders tables as column sets and a chart only when an image is available', () => {
    const r = reply({
      blocks: [
        { type: 'table', title: 'By owner', columns: ['Owner', 'Value'], rows: [['Dana', '$10'], ['Bo', '$5']] },
        { type: 'chart', title: 'Chart', spec: { series: [] } },
        { type: 'text', text: 'Note' },
        { type: 'buttons', buttons: [{ id: 'x', label: 'More', value: 'more' }] },
      ],
    });
    const without = json(renderCard(r));
    expect(without).toContain('"type":"ColumnSet"');
    expect(without).not.toContain('"type":"Image"');
    const withImage = renderCard(r, { chartImages: { 1: 'https://img.example/c.png' } });
    expect(json(withImage)).toContain('"url":"https://img.example/c.png"');
    expect(withImage.actions).toEqual([{ type: 'Action.Submit', title: 'More', data: { action: 'more', summary: 'Hello' } }]);
  });

  it('stays within the size limit: inline images go first, then rows are cut', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`Account number ${i} with a fairly long name`, `$${i * 1000}`, 'extra column text']);
    const r = reply({ blocks: [{ type: 'table', columns: ['A', 'B', 'C'], rows }, { type: 'chart', title: 'C', spec: {} }] });
    const big = renderCard(r, { chartImages: { 1: `data:image/png;base64,${'A'.repeat(30_000)}` } });
    const s = json(big);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(26_000);
    expect(s).not.toContain('data:image');
    expect(s).toMatch(/…and \d+ more/);
    const tiny = renderCard(reply({ reply: 'x'.repeat(3000), blocks: [{ type: 'table', columns: ['A'], rows: [['y'.repeat(300)]] }, CONFIRM_BUTTONS('en')] }), {}, 2_000);
    expect(tiny.body).toHaveLength(1);
    expect(tiny.actions).toHaveLength(2);
  });

  it('closes an answered card so it cannot be pressed again', () => {
    const done = renderAnsweredCard('Create ticket?', 'Confirmed', reply({ status: 'done' }));
    expect(done.actions).toBeUndefined();
    expect(json(done)).toContain('✔ Confirmed');
    expect(json(renderAnsweredCard(undefined, 'Cancelled', reply({ status: 'cancelled' })))).toContain('"color":"Attention"');
    expect(json(renderAnsweredCard(undefined, 'Chose x', reply({ status: 'needs_confirmation' })))).toContain('➜ Chose x');
  });
});
