import type { types } from '@slack/bolt';
import type { Block, Reply } from '../../intents/reply';
import { EDIT_ACTION, editDraftOf, type EditDraft } from './edit-draft';
import { interactiveBlockId } from './to-message';

type KnownBlock = types.KnownBlock;

export interface RenderOptions {
  /** The dialogue's thread, carried in the block ids of buttons and menus. */
  thread: string;
  /** A PNG URL for a chart block when the server can host one; otherwise a note here, and the PNG is uploaded after. */
  chartUrl?: (title: string, spec: Record<string, unknown>) => string | undefined;
}

export interface SlackMessageBody {
  text: string;
  blocks: KnownBlock[];
}

export const BUTTON_ACTION = 'crm_button';
export const CHOICE_ACTION = 'crm_choice';

// Slack's own limits: section text 3000, field 2000, 10 fields per section, option text 75, 100 options, 50 blocks.
const TEXT_MAX = 3000;
const FIELD_MAX = 2000;
const OPTION_MAX = 75;
const BLOCKS_MAX = 50;

/** Slack reads &, < and > as markup; engine text is plain, so it is escaped once here. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const plain = (text: string) => ({ type: 'plain_text' as const, text: clip(text, OPTION_MAX), emoji: true });
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, TEXT_MAX) } });

/** A table as aligned monospace text: Slack has no table block that works in every client. */
export function tableText(columns: string[], rows: string[][]): string {
  const all = [columns, ...rows];
  const widths = columns.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - width(c)))).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// CJK characters take two columns in a monospace font.
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1;
  return w;
}

/** A call summary waiting to be saved says where it goes: "Save to Initech" rather than "Confirm". */
function confirmLabel(reply: Reply): string | undefined {
  if (reply.intent !== 'call.summarise' || reply.status !== 'needs_confirmation') return undefined;
  const account = (reply.data.pending as { fields?: { account?: unknown } } | undefined)?.fields?.account;
  if (typeof account !== 'string' || !account) return undefined;
  return reply.language === 'zh' ? `保存到${account}` : `Save to ${account}`;
}

function editButton(d: EditDraft, lang: string) {
  // Button values hold 2000 characters; escaping can grow the JSON, so the long text is shortened until it fits.
  let draft = d;
  let value = JSON.stringify(draft);
  while (value.length > 2000) {
    draft = draft.kind === 'ticket' ? { ...draft, description: (draft.description ?? '').slice(0, -100) } : { ...draft, note: draft.note.slice(0, -100) };
    value = JSON.stringify(draft);
  }
  return { type: 'button' as const, action_id: EDIT_ACTION, text: plain(lang === 'zh' ? '编辑…' : 'Edit…'), value };
}

function renderBlock(b: Block, o: RenderOptions & { confirmLabel?: string; edit?: EditDraft | null; lang?: string }, n: number): KnownBlock[] {
  switch (b.type) {
    case 'text':
      return [section(escapeMrkdwn(b.text))];
    case 'facts': {
      const fields = b.items.map((f) => ({ type: 'mrkdwn' as const, text: clip(`*${escapeMrkdwn(f.label)}*\n${escapeMrkdwn(f.value)}`, FIELD_MAX) }));
      const out: KnownBlock[] = b.title ? [section(`*${escapeMrkdwn(b.title)}*`)] : [];
      for (let i = 0; i < fields.length; i += 10) out.push({ type: 'section', fields: fields.slice(i, i + 10) });
      return out;
    }
    case 'table': {
      const title = b.title ? `*${escapeMrkdwn(b.title)}*\n` : '';
      const body = escapeMrkdwn(tableText(b.columns, b.rows));
      return [section(`${title}\`\`\`${clip(body, TEXT_MAX - title.length - 8)}\`\`\``)];
    }
    case 'buttons':
      return [{
        type: 'actions',
        block_id: interactiveBlockId(o.thread, n),
        elements: [
          ...b.buttons.slice(0, 24).map((btn) => ({
            type: 'button' as const,
            action_id: `${BUTTON_ACTION}:${btn.id}`,
            text: plain(btn.id === 'confirm' && o.confirmLabel ? o.confirmLabel : btn.label),
            value: btn.value,
            ...(btn.style ? { style: btn.style } : {}),
          })),
          ...(o.edit && b.buttons.some((btn) => btn.id === 'confirm') ? [editButton(o.edit, o.lang ?? 'en')] : []),
        ],
      }];
    case 'choices':
      return [{
        type: 'section',
        block_id: interactiveBlockId(o.thread, n),
        text: { type: 'mrkdwn', text: clip(escapeMrkdwn(b.prompt), TEXT_MAX) },
        accessory: {
          type: 'static_select',
          action_id: CHOICE_ACTION,
          placeholder: plain(b.prompt),
          options: b.options.slice(0, 100).map((c) => ({ text: plain(c.label), value: c.value })),
        },
      }];
    case 'chart': {
      const url = o.chartUrl?.(b.title, b.spec);
      if (url) return [{ type: 'image', image_url: url, alt_text: clip(b.title, 2000), title: plain(b.title) }];
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: `:bar_chart: ${escapeMrkdwn(b.title)}` }] }];
    }
  }
}

/** Reply → Block Kit. Pure: the same reply always gives the same message. */
export function renderReply(reply: Reply, o: RenderOptions): SlackMessageBody {
  const blocks: KnownBlock[] = reply.reply ? [section(escapeMrkdwn(reply.reply))] : [];
  const opts = { ...o, confirmLabel: confirmLabel(reply), edit: editDraftOf(reply), lang: reply.language };
  reply.blocks.forEach((b, i) => blocks.push(...renderBlock(b, opts, i)));
  // Keep interactive blocks when trimming: a confirmation without its buttons is useless.
  const kept = blocks.length > BLOCKS_MAX ? [...blocks.slice(0, BLOCKS_MAX - 1), blocks[blocks.length - 1]!] : blocks;
  return { text: clip(reply.reply || ' ', 4000), blocks: kept };
}

/** The message after a button or menu was used: same content, the controls replaced by who chose what. */
export function resolvedMessage(blocks: KnownBlock[], note: string): KnownBlock[] {
  const kept: KnownBlock[] = [];
  for (const b of blocks) {
    if (b.type === 'actions') continue;
    if (b.type === 'section' && b.accessory?.type === 'static_select') {
      const { accessory: _menu, ...rest } = b;
      kept.push(rest);
    } else kept.push(b);
  }
  return [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: clip(note, TEXT_MAX) }] }];
}

/** A short text message with no controls (errors, "not registered", "working on it"). */
export const textMessage = (text: string): SlackMessageBody => ({ text, blocks: [section(escapeMrkdwn(text))] });
