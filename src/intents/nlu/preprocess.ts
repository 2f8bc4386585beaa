/** A message split into the instruction typed by the user and any pasted transcript. */
export interface Prepared {
  /** The message without a leading bot mention. */
  text: string;
  /** The instruction part (the whole text when nothing was pasted). */
  head: string;
  /** Pasted transcript turns ("Name: text" lines), if any. */
  transcript: string | null;
}

// a leading mention addresses the bot, unless it is possessive ("<@U…>'s win rate")
const LEADING_MENTION = /^\s*(?:<@[UW][A-Z0-9]+(?:\|[^>]*)?>(?!['’]s\b)[\s,:]*)+/;
const TURN = /^\s*[^:：\n]{1,40}?\s*[:：]\s*\S/;
// "客户：鸿运家居", "Duration: 20 min": a filled-in note form, not a speaker's turn
const FIELD = /^\s*(?:客户|公司|联系人|对接人|时长|时间|日期|内容|备注|下一步|主题|事项|跟进|金额|customer|company|account|contact|duration|date|time|notes?|subject|topic|next\s+steps?|follow[\s-]?up|amount|outcome)\s*[:：]/i;

/** Entities sit in the first lines of a note; reading further only costs time on pasted walls of text. */
const MAX_HEAD = 4000;

export function prepare(raw: string): Prepared {
  const text = raw.replace(LEADING_MENTION, '').replace(/\r\n?/g, '\n').trim();
  const lines = text.split('\n');
  if (lines.length >= 3) {
    const turns = lines.slice(1).filter((l) => TURN.test(l) && !FIELD.test(l));
    if (turns.length >= 2) {
      const firstIsTurn = TURN.test(lines[0]) && !/(?:summar|recap|总结|摘要|tl;?dr|notes?|记录)/i.test(lines[0]);
      const head = firstIsTurn ? '' : lines[0].slice(0, MAX_HEAD);
      const body = (firstIsTurn ? lines : lines.slice(1)).join('\n');
      return { text, head, transcript: body };
    }
  }
  // a line break ends a clause: "Contact: Rena Vogt\nDuration: …" must not read as one name
  return { text, head: text.replace(/([^\s.,;:!?。，；：！？])\s*\n+\s*/g, '$1; ').replace(/\n+/g, ' ').slice(0, MAX_HEAD), transcript: null };
}
