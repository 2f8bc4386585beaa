import type { Block, Reply } from '../../intents/reply';
import { CARD_SCHEMA as SCHEMA, type AdaptiveCard, type CardElement } from './card-types';
import { kpiHeader } from './kpi-card';

export type { AdaptiveCard, CardElement } from './card-types';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Teams refuses messages over ~28 KB; the margin leaves room for the activity envelope. */
export const MAX_CARD_BYTES = 26_000;
const MAX_ROWS = 30;
const MAX_TEXT = 4000;

export interface RenderOptions {
  /** PNG URLs or data URIs for chart blocks, by block index; charts without one are left out. */
  chartImages?: Record<number, string>;
  /** The Teams user id the buttons are for, so others in a group chat cannot answer for them. */
  submitFor?: string;
}

const say = (r: Reply, en: string, zh: string) => (r.language === 'zh' ? zh : en);
const textBlock = (text: string, extra: CardElement = {}): CardElement => ({ type: 'TextBlock', text: text.slice(0, MAX_TEXT), wrap: true, ...extra });

/** Whether a reply needs a card at all: plain answers go out as text, which Teams shows more compactly. */
export function needsCard(reply: Reply): boolean {
  return reply.blocks.length > 0;
}

function facts(b: Extract<Block, { type: 'facts' }>): CardElement {
  const items = b.items.slice(0, MAX_ROWS).map((i) => ({ title: i.label.slice(0, 200), value: i.value.slice(0, 500) }));
  return { type: 'Container', items: [...(b.title ? [textBlock(b.title, { weight: 'Bolder' })] : []), { type: 'FactSet', facts: items }] };
}

const row = (cells: string[], header: boolean): CardElement => ({
  type: 'ColumnSet',
  spacing: 'Small',
  separator: header,
  columns: cells.map((c) => ({ type: 'Column', width: 'stretch', items: [textBlock(c.slice(0, 300), header ? { weight: 'Bolder' } : {})] })),
});

/** Tables as ColumnSets: the Table element is not rendered by every Teams client yet. */
function table(b: Extract<Block, { type: 'table' }>, r: Reply, maxRows = MAX_ROWS): CardElement {
  const rows = b.rows.slice(0, maxRows).map((cells) => row(cells, false));
  const more = b.rows.length - rows.length;
  return {
    type: 'Container',
    items: [
      ...(b.title ? [textBlock(b.title, { weight: 'Bolder' })] : []),
      row(b.columns, true),
      ...rows,
      ...(more > 0 ? [textBlock(say(r, `…and ${more} more`, `……另有 ${more} 行`), { isSubtle: true, size: 'Small' })] : []),
    ],
  };
}

/** A call summary waiting to be saved says where it goes ("Save to Acme"), as on Slack, rather than "Confirm". */
function saveLabel(reply: Reply): string | undefined {
  if (reply.intent !== 'call.summarise' || reply.status !== 'needs_confirmation') return undefined;
  const account = (reply.data.pending as { fields?: { account?: unknown } } | undefined)?.fields?.account;
  if (typeof account !== 'string' || !account) return undefined;
  return say(reply, `Save to ${account}`, `保存到${account}`);
}

function submit(title: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

/** Turns a surface-neutral Reply into one Adaptive Card: pure, so it is tested without Teams. */
export function renderCard(reply: Reply, opts: RenderOptions = {}, maxBytes = MAX_CARD_BYTES): AdaptiveCard {
  // Within Teams' size limit: inline images go first, then long tables are cut, then all but the text.
  const attempts: Array<[number, boolean]> = [[MAX_ROWS, true], [MAX_ROWS, false], [10, false], [3, false]];
  for (const [rows, inline] of attempts) {
    const card = build(reply, opts, rows, inline);
    if (size(card) <= maxBytes) return card;
  }
  const card = build({ ...reply, blocks: reply.blocks.filter((b) => b.type === 'buttons') }, opts, 0, false);
  return { ...card, body: [textBlock(reply.reply.slice(0, 2000))] };
}

const size = (card: AdaptiveCard) => Buffer.byteLength(JSON.stringify(card), 'utf8');

function build(reply: Reply, opts: RenderOptions, maxRows: number, inlineImages: boolean): AdaptiveCard {
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  const who = opts.submitFor ? { for: opts.submitFor } : {};
  const summary = reply.reply.slice(0, 300);
  const kpi = kpiHeader(reply);
  if (kpi) body.push(...kpi);
  body.push(textBlock(reply.reply, kpi ? { isSubtle: true, spacing: 'Medium' } : {}));
  reply.blocks.forEach((b, i) => {
    switch (b.type) {
      case 'facts':
        body.push(facts(b));
        break;
      case 'table':
        body.push(table(b, reply, maxRows));
        break;
      case 'text':
        body.push(textBlock(b.text));
        break;
      case 'chart': {
        const url = opts.chartImages?.[i];
        if (url && (inlineImages || !url.startsWith('data:'))) body.push({ type: 'Image', url, altText: b.title, size: 'Stretch' });
        break;
      }
      case 'choices':
        body.push(textBlock(b.prompt, { weight: 'Bolder' }));
        body.push({
          type: 'Input.ChoiceSet',
          id: 'choice',
          style: b.options.length <= 5 ? 'expanded' : 'compact',
          isRequired: true,
          choices: b.options.slice(0, 50).map((o) => ({ title: o.label.slice(0, 200), value: o.value })),
        });
        actions.push(submit(say(reply, 'Choose', '选择'), { action: 'choice', summary, labels: Object.fromEntries(b.options.slice(0, 50).map((o) => [o.value, o.label.slice(0, 100)])), ...who }, 'positive'));
        actions.push(submit(say(reply, 'Cancel', '取消'), { action: 'cancel', summary, ...who }));
        break;
      case 'buttons':
        for (const btn of b.buttons) {
          actions.push(submit((btn.id === 'confirm' && saveLabel(reply)) || btn.label, { action: btn.value, summary, ...who }, btn.style === 'primary' ? 'positive' : btn.style === 'danger' ? 'destructive' : undefined));
        }
        break;
    }
  });
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, ...(actions.length ? { actions } : {}), msteams: { width: 'Full' } };
}

/** The card after one of its buttons was pressed: what it asked, what was answered, and no buttons. */
export function renderAnsweredCard(summary: string | undefined, answer: string, outcome: Reply): AdaptiveCard {
  const status = outcome.status === 'cancelled' ? '✖' : outcome.status === 'done' ? '✔' : '➜';
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body: [
      ...(summary ? [textBlock(summary, { isSubtle: true })] : []),
      textBlock(`${status} ${answer}`, { weight: 'Bolder', color: outcome.status === 'cancelled' ? 'Attention' : 'Good' }),
    ],
  };
}
