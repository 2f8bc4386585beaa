import { COMPANY_WORDS, LEGAL_FORMS } from '../lexicon/company-words';
import { FIRST_NAMES } from '../lexicon/person-names';
import { NOT_NAMES, STOP_WORDS } from '../lexicon/stop-words';
import { MONTHS } from '../dates/period-rules';

/**
 * Name candidates in Latin script: capitalised runs ("Lumen Harbor", "Saffron & Sage") and,
 * because chat is often typed in lower case, runs after a preposition or ending in a company
 * word ("w/ kestrel robotics"). Whether a run is a company or a person is decided later.
 */
export interface NameCandidate {
  text: string;
  start: number;
  end: number;
  source: 'cap' | 'lower' | 'zh-company' | 'zh-person' | 'mention';
  possessive: boolean;
  /** Intrinsic evidence, before context: looks like a company / like a person. */
  companyHint: number;
  personHint: number;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
  possessive: boolean;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun']);
const CONNECTORS = new Set(['&', 'of', 'and', 'de', 'van', 'von', 'der', 'la', 'le', 'du', 'da', 'del', 'di', 'y', '+']);
const TOKEN = /w\/(?=\s|$)|[A-Za-z0-9][A-Za-z0-9'’.\-]*|&|\+|\p{Script=Han}+|[^\s\w]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    let possessive = false;
    if (/['’]s$/i.test(t) && t.length > 2) {
      t = t.slice(0, -2);
      possessive = true;
    } else if (/[A-Za-z]s['’]$/.test(t)) {
      t = t.slice(0, -1);
      possessive = true;
    }
    if (/\.$/.test(t) && !LEGAL_FORMS.has(t.toLowerCase())) t = t.replace(/\.+$/, '');
    t = t.replace(/['’]$/, '');
    if (!t) continue;
    const word = /^[A-Za-z0-9]/.test(t);
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, word, cap: /^[A-Z]/.test(t), possessive });
  }
  return out;
}

const isOrdinary = (lower: string) => {
  const head = lower.split('-')[0];
  return STOP_WORDS.has(lower) || STOP_WORDS.has(head) || lower in MONTHS || WEEKDAYS.has(lower) || /^\d/.test(lower);
};

// "the SDRs", "our AEs": a plural acronym is a role, not a name
const canStart = (t: Token) => t.word && t.cap && !/^[A-Z]{2,4}s$/.test(t.text) && !/\d/.test(t.text) && !isOrdinary(t.lower) && !NOT_NAMES.has(t.lower) && t.text.length > 1;
const canContinue = (t: Token) =>
  t.word && t.cap && (COMPANY_WORDS.has(t.lower) || LEGAL_FORMS.has(t.lower) || (!NOT_NAMES.has(t.lower) && !isOrdinary(t.lower)));

export function hints(words: string[]): { companyHint: number; personHint: number } {
  const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  const last = lower[lower.length - 1];
  let companyHint = 0;
  let personHint = 0;
  if (LEGAL_FORMS.has(last)) companyHint += 4;
  if (COMPANY_WORDS.has(last)) companyHint += 3;
  else if (lower.slice(1).some((w) => COMPANY_WORDS.has(w))) companyHint += 2;
  if (words.some((w) => w === '&')) companyHint += 1;
  if (FIRST_NAMES.has(lower[0]) && lower.length <= 3 && !companyHint) personHint += 3;
  if (lower.length === 1 && words[0].length > 1 && /^[A-Z]{2,5}$/.test(words[0])) companyHint += 0.5; // "IBM", "SAP"
  return { companyHint, personHint };
}

function candidate(tokens: Token[], text: string, source: NameCandidate['source']): NameCandidate {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    source,
    possessive: last.possessive,
    ...hints(tokens.map((t) => t.text)),
  };
}

// "Imogen Price", "Sean Young": after a known first name, a capitalised common word is the surname
const FUNCTION_WORDS = new Set(['from', 'with', 'about', 'this', 'that', 'will', 'have', 'they', 'their', 'when', 'what', 'here', 'there', 'also', 'just', 'please', 'thanks', 'today', 'tomorrow', 'yesterday', 'said', 'says', 'asked', 'called']);
const surnameAfterFirstName = (run: Token[], t: Token) =>
  run.length === 1 && FIRST_NAMES.has(run[0].lower) && /^[A-Z][a-z]{3,}$/.test(t.text) && !(t.lower in MONTHS) && !WEEKDAYS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !NOT_NAMES.has(t.lower) && !COMPANY_WORDS.has(t.lower);

const endsOnCompanyWord = (run: Token[]) => run.length > 1 && COMPANY_WORDS.has(run[run.length - 1].lower);

export function capitalisedRuns(tokens: Token[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!canStart(tokens[i])) continue;
    const run = [tokens[i]];
    let j = i + 1;
    while (j < tokens.length && !run[run.length - 1].possessive) {
      const t = tokens[j];
      // "Lakeshore Clinics EHR add-on": an acronym after a company word names a product, not the company
      // "Paula Jensen. Sev high": a full stop after a word (not "Dr." or "St.") ends the name
      const prev = run[run.length - 1];
      if (prev.text.length > 3 && /\.\s/.test(text.slice(prev.end, t.start + 1))) break;
      if (endsOnCompanyWord(run) && /^[A-Z]{2,5}$/.test(t.text) && !LEGAL_FORMS.has(t.lower)) break;
      if (canContinue(t) || surnameAfterFirstName(run, t)) {
        run.push(t);
        j++;
      } else if (CONNECTORS.has(t.lower) && t.lower !== '+' && j + 1 < tokens.length && canContinue(tokens[j + 1])) {
        run.push(t, tokens[j + 1]);
        j += 2;
      } else break;
    }
    out.push(candidate(run, text, 'cap'));
    i = j - 1;
  }
  return out;
}

// too common as plain nouns to mark a lower-case company on their own ("billing data", "the support team")
const GENERIC_ENDINGS = new Set(['data', 'cloud', 'network', 'networks', 'security', 'design', 'home', 'homes', 'living', 'services', 'pay', 'payments', 'power', 'air', 'food', 'health', 'tech', 'travel', 'media', 'store', 'stores', 'markets', 'exchange', 'trust', 'credit', 'asset', 'assets', 'invest', 'tools', 'works', 'global', 'international', 'digital', 'interactive', 'law', 'legal', 'learning', 'education', 'finance', 'marketing', 'engineering', 'creative', 'kitchen', 'chain', 'supply', 'distribution', 'trading', 'beauty', 'fitness', 'sports', 'water', 'oil', 'gas', 'utilities', 'co', 'vision', 'lab', 'school']);

const TRIGGER = /^(?:with|w\/|w|for|at|from|@|on|about|to|re|called|call|calling|visit|visited|visiting|meeting|met|of|lost|signed|update|change|fix|edit|by)$/;
const OF_HEADS = /(?:rundown|history|overview|summary|status|update|updates|info|picture|profile|account|tickets|deals)$/;

// a lower-case run that opens a sentence is a name only when a person verb follows ("olu adeyemi got promoted")
const PERSON_VERB = /^\s*(?:['’]s\s|(?:phone|number|mobile|cell|email|e-mail|title)\b|got\b|has\b|have\b|is\s+now\b|was\s+promoted\b|changed\b|moved\b|left\b|joined\b|from\b|at\b|@)/;

function personFollows(tokens: Token[], i: number, text: string): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
    if (isOrdinary(tokens[j].lower) || !tokens[j].word || tokens[j].cap) return false;
    if (tokens[j].possessive || PERSON_VERB.test(text.slice(tokens[j].end))) return true;
  }
  return false;
}

/** Lower-case runs right after a preposition ("w/ kestrel robotics") or ending in a company word ("pelican logistics"). */
export function lowerRuns(tokens: Token[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const usable = (t: Token) => t.word && !t.cap && !isOrdinary(t.lower) && !NOT_NAMES.has(t.lower) && /^[a-z][a-z0-9&'.-]*$/.test(t.lower) && t.lower.length > 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const atStart = i === 0 || /^[.!?;,:]$/.test(prev?.text ?? '');
    const triggered = (!!prev && TRIGGER.test(prev.lower) && (prev.lower !== 'of' || OF_HEADS.test(tokens[i - 2]?.lower ?? ''))) || (atStart && personFollows(tokens, i, text));
    const skipThe = triggered && t.lower === 'the' ? 1 : 0;
    const next = tokens[i + 1]?.lower ?? '';
    const endsInCompanyWord = usable(t) && COMPANY_WORDS.has(next) && !GENERIC_ENDINGS.has(next) && !isOrdinary(next);
    if (!triggered && !endsInCompanyWord) continue;
    const run: Token[] = [];
    for (let j = i + skipThe; j < tokens.length && run.length < 4; j++) {
      if (!usable(tokens[j]) && !(run.length && COMPANY_WORDS.has(tokens[j].lower) && tokens[j].word && !tokens[j].cap)) break;
      run.push(tokens[j]);
      if (tokens[j].possessive) break;
      // "greystone medical portal down": the company word closes the name unless another one follows
      if (run.length > 1 && COMPANY_WORDS.has(tokens[j].lower) && !COMPANY_WORDS.has(tokens[j + 1]?.lower ?? '')) break;
    }
    if (!run.length) continue;
    out.push(candidate(run, text, 'lower'));
    i += skipThe + run.length - 1;
  }
  return out;
}
