import type { Block, Reply } from '../../intents/reply';

/** Reply → plain terminal text (pure): the CLI's and `crm chat`'s rendering. */
export function renderTerminal(r: Reply): string {
  const out = [r.reply];
  for (const b of r.blocks) {
    const s = renderBlock(b);
    if (s) out.push(s);
  }
  return out.join('\n');
}

function renderBlock(b: Block): string {
  switch (b.type) {
    case 'table': {
      const widths = b.columns.map((c, i) => Math.min(40, Math.max(c.length, ...b.rows.map((r) => (r[i] ?? '').length))));
      const line = (cells: string[]) => cells.map((c, i) => (c ?? '').slice(0, 40).padEnd(widths[i]!)).join('  ');
      return [b.title ?? '', line(b.columns), ...b.rows.map(line)].filter(Boolean).join('\n');
    }
    case 'choices':
      return b.options.map((o) => `  ${o.label}`).join('\n');
    case 'buttons':
      return `[${b.buttons.map((x) => x.label).join('] [')}]`;
    default:
      return '';
  }
}
