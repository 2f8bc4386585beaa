import { COMPANY_WORDS } from '../lexicon/company-words';
import { FIRST_NAMES } from '../lexicon/person-names';
import { STOP_WORDS } from '../lexicon/stop-words';

/**
 * Chat is typed fast: "tikcet", "remnd", "opportunty", "summry". Words one edit away from the
 * vocabulary the cues look for are read as that word. Capitalised words are left alone
 * (they are usually names), and so are words we already know.
 */
const VOCABULARY = `ticket tickets remind reminder opportunity opportunities summary summarize summarise customer customers
  pipeline priority contact contacts tomorrow proposal negotiation qualified resolved pending account accounts
  activities activity revenue meeting meetings reopen assign update create search schedule follow history latest
  status urgent escalate breaches response resolution average logged called spoke talked quarter yesterday today
  friday monday tuesday wednesday thursday saturday sunday please contract number email phone title amount stage
  closed closing signed deal deals calls transcript recap minutes reminders todo task tasks interested negotiating
  support incident problem broken failing error critical normal medium lowest highest report customer
  assignee assignees owner owners region regions team teams creation breakdown interaction interactions`
  .split(/\s+/)
  .filter(Boolean);
// real words one edit from the vocabulary ("dials" is not "deals"): never corrected
const REAL_WORDS = 'dials dialed dialled dealt teams steal meals tasked contacted phones titles notes'.split(' ');
const KNOWN = new Set([...VOCABULARY, ...REAL_WORDS, ...STOP_WORDS, ...COMPANY_WORDS, ...FIRST_NAMES]);

/** Damerau-Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      rowMin = Math.min(rowMin, d[i][j]);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length][b.length];
}

const cache = new Map<string, string>();

function fix(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let best = word;
  const max = word.length >= 8 ? 2 : 1;
  for (const v of VOCABULARY) {
    if (v[0] !== word[0] || Math.abs(v.length - word.length) > max) continue;
    if (editDistance(word, v, max) <= max) {
      best = v;
      break;
    }
  }
  if (cache.size < 5000) cache.set(word, best);
  return best;
}

/** The text lower-cased, with likely typos of known words corrected (same length not guaranteed). */
export function normaliseTypos(text: string): string {
  return text.replace(/[A-Za-z]{5,}/g, (w, at: number) => {
    if (/^[A-Z]/.test(w) && at > 0) return w.toLowerCase();
    const lower = w.toLowerCase();
    return KNOWN.has(lower) ? lower : fix(lower);
  }).toLowerCase();
}
