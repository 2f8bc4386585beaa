/**
 * Turns a transcript ("Name: text" per line) into turns and sentences. Sentences come from
 * Node's built-in Intl.Segmenter (ICU rules, both languages, nothing to ship); ICU splits after
 * abbreviations such as "Dr." and after tiny fragments, which are glued back here.
 */
export interface Turn {
  index: number;
  speaker?: string;
  text: string;
}

export interface Sentence {
  /** Position in the whole call, 0-based. */
  index: number;
  turn: number;
  speaker?: string;
  text: string;
}

export interface ParsedTranscript {
  turns: Turn[];
  sentences: Sentence[];
  speakers: string[];
}

// A label is short, has no sentence punctuation and is not a bare number or clock time.
const LABEL = /^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\]?\)?\s*[-–]?\s*)?([^:：\n]{1,40}?)\s*[:：]\s*(.*)$/;
const STAGE_DIRECTION = /[[(（【](?:laughs?|laughter|inaudible|crosstalk|pause|silence|music|noise|coughs?|sighs?|笑|笑声|听不清|停顿|杂音)[\])）】]/giu;
const FILLER_EN = /(^|[\s,])(?:um+|uh+|erm+|er|hmm+|uh-huh)(?=[\s,.!?;]|$)[,]?/gi;
const FILLER_ZH = /(^|[，。！？\s])(?:嗯+|呃+|额+)(?:[，…、]+|(?=[。！？]))/gu;
const ABBREVIATION = /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|Jr|Sr|vs|etc|Inc|Ltd|Co|No|approx|e\.g|i\.e|a\.m|p\.m)\.|\b[A-Z]\.)\s*$/;
const ACKNOWLEDGEMENT = /^(?:yes|yeah|yep|no|nope|ok|okay|sure|right|great|good|perfect|thanks|thank you|sounds (?:good|great)|that works|will do|hm+|mm+|exactly|agreed|got it|understood|of course|absolutely|好|好的|对|嗯|是的|行|可以|没问题|明白|谢谢)[\s,.!?。！？，…]*$/i;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function isLabel(label: string): boolean {
  const l = label.trim();
  if (!l || /^[\d\s.:,-]+$/.test(l)) return false;
  if (/[.!?。！？,，;；"“”]/.test(l.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.\s/, ''))) return false;
  const words = l.split(/\s+/);
  return words.length <= 4 && !/^(?:https?|note|re|subject|time|date|tel|phone|email)$/i.test(l);
}

/** Removes fillers and stage directions that carry no meaning; keeps every name and figure. */
export function cleanText(text: string): string {
  return text
    .replace(STAGE_DIRECTION, ' ')
    .replace(FILLER_EN, '$1')
    .replace(FILLER_ZH, '$1')
    .replace(/\s+([,.!?;:。！？，])/gu, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/(^|[.!?]\s+),\s*/g, '$1')
    .replace(/^[\s,，、…]+/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function parseTranscript(raw: string): ParsedTranscript {
  const turns: Turn[] = [];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) continue;
    const m = LABEL.exec(line);
    if (m && isLabel(m[1]!) && m[2]!.trim()) {
      turns.push({ index: turns.length, speaker: m[1]!.trim(), text: cleanText(m[2]!) });
    } else if (turns.length) {
      // A line without a label continues the previous turn (wrapped text).
      const last = turns[turns.length - 1]!;
      last.text = `${last.text} ${cleanText(line)}`.trim();
    } else {
      turns.push({ index: turns.length, text: cleanText(line) });
    }
  }
  const kept = turns.filter((t) => t.text.length > 0).map((t, i) => ({ ...t, index: i }));
  const sentences: Sentence[] = [];
  for (const t of kept) {
    for (const text of splitSentences(t.text)) {
      sentences.push({ index: sentences.length, turn: t.index, speaker: t.speaker, text });
    }
  }
  const speakers = [...new Set(kept.map((t) => t.speaker).filter((s): s is string => Boolean(s)))];
  return { turns: kept, sentences, speakers };
}

const wordCount = (s: string): number => {
  const han = s.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = s.match(/[A-Za-z0-9$€£¥%]+/g)?.length ?? 0;
  return latin + Math.ceil(han / 2);
};

/** Sentences of one turn; short fragments ("Four hours. All 22 sites.") stay with the sentence before. */
export function splitSentences(text: string): string[] {
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const s = segment.trim();
    if (!s) continue;
    const prev = parts[parts.length - 1];
    if (prev !== undefined && (ABBREVIATION.test(prev) || /^[a-z]/.test(s))) {
      parts[parts.length - 1] = `${prev} ${s}`;
    } else {
      parts.push(s);
    }
  }
  const out: string[] = [];
  for (const s of parts) {
    const prev = out[out.length - 1];
    const n = wordCount(s);
    if (prev !== undefined && ((n <= 5 && /[\d$€£¥%]/.test(s)) || (n <= 3 && !ACKNOWLEDGEMENT.test(s)))) {
      out[out.length - 1] = `${prev} ${s}`;
    } else {
      out.push(s);
    }
  }
  return out;
}

export { wordCount };
