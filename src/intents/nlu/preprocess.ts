/** A message split into the instruction typed by the user and any pasted transcript. */
export interface Prepared {
  /** The message without a leading bot mention. */
  text: string;
  /** The instruction part (the whole text when nothing was pasted). */
  head: string;
  /** Pasted transcript turns ("Name: text" lines), if any. */
  transcript: string | null;
}

const LEADING_MENTION = /^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/;
const TURN = /^\s*[^:：\n]{1,40}?\s*[:：]\s*\S/;

/** Entities sit in the first lines of a note; reading further only costs time on pasted walls of text. */
const MAX_HEAD = 4000;

export function prepare(raw: string): Prepared {
  const text = raw.replace(LEADING_MENTION, '').replace(/\r\n?/g, '\n').trim();
  const lines = text.split('\n');
  if (lines.length >= 3) {
    const turns = lines.slice(1).filter((l) => TURN.test(l));
    if (turns.length >= 2) {
      const firstIsTurn = TURN.test(lines[0]) && !/(?:summar|recap|总结|摘要|tl;?dr|notes?|记录)/i.test(lines[0]);
      const head = firstIsTurn ? '' : lines[0].slice(0, MAX_HEAD);
      const body = (firstIsTurn ? lines : lines.slice(1)).join('\n');
      return { text, head, transcript: body };
    }
  }
  return { text, head: text.replace(/\n+/g, ' ').slice(0, MAX_HEAD), transcript: null };
}
