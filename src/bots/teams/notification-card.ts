import type { NotifyMessage } from '../../jobs/contracts';
import { CARD_SCHEMA, type AdaptiveCard, type CardElement } from './card-types';

/** A proactive message as a card when it has structure (title, lines, a link), else null for plain text. */
export function renderNotification(m: NotifyMessage): AdaptiveCard | null {
  if (!m.title && !m.lines?.length && !m.link) return null;
  const body: CardElement[] = [];
  if (m.title) body.push({ type: 'TextBlock', text: m.title, weight: 'Bolder', size: 'Medium', wrap: true });
  body.push({ type: 'TextBlock', text: m.text, wrap: true });
  if (m.lines?.length) body.push({ type: 'TextBlock', text: m.lines.map((l) => `- ${l}`).join('\n'), wrap: true, spacing: 'Small' });
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(m.link ? { actions: [{ type: 'Action.OpenUrl', title: 'Open', url: m.link }] } : {}),
  };
}
