import { CHINESE_TITLES, COMPANION, GREETING, VENDOR_CUES } from './lexicons';
import type { ParsedTranscript } from './transcript-parser';

/**
 * Which speakers are on the vendor's side and which are the customer. The caller opens the call;
 * people they greet are the other side and people they bring along ("I've got Diego with me",
 * "我们…罗斌也一起参加") are theirs. If the other side sounds more like the vendor (apologies,
 * "your contract") the two are swapped.
 */
export interface Sides {
  vendor: Set<string>;
  customer: Set<string>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAN = /\p{Script=Han}/u;

/** Patterns that refer to a speaker: the label, its first name, or a Chinese surname with a title (罗经理). */
export function speakerPattern(label: string): RegExp {
  if (HAN.test(label)) {
    const surname = escape(label.slice(0, label.length >= 4 ? 2 : 1));
    return new RegExp(`${escape(label)}|${surname}(?:${CHINESE_TITLES})|(?:小|老|阿)${surname}`, 'u');
  }
  const first = label.split(/\s+/)[0]!;
  return new RegExp(`\\b(?:${escape(label)}|${escape(first)})\\b`, 'u');
}

/** Finds which speaker a name in text refers to ("Ken's count", "韩主管"). */
export function findSpeaker(text: string, speakers: readonly string[]): string | undefined {
  let best: { speaker: string; at: number } | undefined;
  for (const s of speakers) {
    const m = speakerPattern(s).exec(text);
    if (m && (!best || m.index < best.at)) best = { speaker: s, at: m.index };
  }
  return best?.speaker;
}

export function assignSides(parsed: ParsedTranscript): Sides {
  const side = new Map<string, 'a' | 'b'>();
  const first = parsed.turns.find((t) => t.speaker)?.speaker;
  if (!first) return { vendor: new Set(), customer: new Set() };
  side.set(first, 'a');
  const patterns = parsed.speakers.map((s) => [s, speakerPattern(s)] as const);
  for (const sentence of parsed.sentences) {
    const by = sentence.speaker;
    if (!by || !side.has(by)) continue;
    const mine = side.get(by)!;
    const other = mine === 'a' ? 'b' : 'a';
    for (const [s, re] of patterns) {
      if (s === by || side.has(s)) continue;
      // Judge by the clause that names them: "Hi Lee, … I have Omar with me" greets one and brings the other.
      const clauses = sentence.text.split(/(?<=[,，;；])\s*/u);
      const at = clauses.findIndex((c) => re.test(c));
      if (at < 0) continue;
      // A name set off by commas ("our head of sales, Jenny, before…") belongs to the clause before it.
      const clause = at > 0 && clauses[at]!.trim().split(/\s+/).length <= 2 ? clauses[at - 1]! + clauses[at]! : clauses[at]!;
      const question = /[?？吗]\s*$/.test(sentence.text);
      if (!question && COMPANION.test(clause) && !GREETING.test(clause)) side.set(s, mine);
      else side.set(s, other);
    }
  }
  for (const s of parsed.speakers) if (!side.has(s)) side.set(s, 'b');
  const cues = { a: 0, b: 0 };
  for (const sentence of parsed.sentences) {
    const who = sentence.speaker && side.get(sentence.speaker);
    if (who) cues[who] += sentence.text.match(VENDOR_CUES)?.length ?? 0;
  }
  const vendorSide = cues.b >= cues.a + 2 ? 'b' : 'a';
  const vendor = new Set<string>();
  const customer = new Set<string>();
  for (const [s, v] of side) (v === vendorSide ? vendor : customer).add(s);
  return { vendor, customer };
}
