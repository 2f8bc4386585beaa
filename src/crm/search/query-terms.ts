import { tokenize } from '../../shared/search-text';

/**
 * Turns a question into a tsquery for the 'simple' configuration.
 * - 'simple' keeps every word, so question words ("what did we say about", "有没有") would match
 *   almost every row: they are dropped here, and so are the words of the account's own name
 *   when the search is already limited to that account.
 * - 'simple' does not stem, so English content words also get a prefix term of a crude stem
 *   ("escalations" → 'escal':*), which meets "escalated" and "escalation".
 * - search_text stores each Chinese word followed by its characters. Matching those characters
 *   one by one finds almost everything; requiring them adjacent ('投' <-> '诉') still meets a
 *   word the segmenter cut differently ("投诉单") without that noise.
 * Every term is tokenizer output (letters and digits only), quoted and escaped as toTsQuery does,
 * and the query is bound as a parameter, so no user syntax is ever interpreted.
 */
const EN_STOP = new Set(
  ('a about above after again all am an and any anything are as at be been before being but by can could did do does doing ' +
    'for from get got had has have having he her here hers him his how i if in into is it its just know latest last let like me ' +
    'more most my no not now of on or our ours out over please pull recent recently remind said say says she should show so some ' +
    'something tell than that the their them then there these they this those to up us was we were what whats when where which ' +
    'who whom why will with would you your going go happened happening anyone everything brief status update news history ' +
    'talk talked talking spoke speak discuss discussed mention mentioned find search quarter month week year today yesterday ' +
    'customer customers account client clients ever yet').split(' '),
);
const ZH_STOP = new Set(
  ('的 了 吗 呢 吧 啊 呀 有 没 没有 有没有 什么 什么时候 时候 最近 我们 我 你 他们 他 她 它 和 与 跟 是 是不是 在 那边 那 这 这个 个 一下 ' +
    '哪些 哪 哪个 些 还 一次 次 关于 说 说过 过 都 也 就 给 帮 帮我 查 查一下 看 看看 客户 公司 情况 怎么 怎么样 样 如何 多少 ' +
    '本 季度 本月 今年 上次 上 下 月 周 年 之前 以来 任何 请 问 聊 聊过 谈 谈过 讲 提 提到 到 要 对 方面 得 了吗 进展').split(' '),
);

const HAN = /\p{Script=Han}/u;
const LATIN = /^[a-z0-9]+$/;
const SUFFIXES = ['ations', 'ation', 'ness', 'ions', 'ion', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'ly'];

/**
 * The words of a text in order, each once; a Chinese word's characters stay inside it. The
 * segmenter cuts what it does not know (names such as 华为, or 扣费出错) into single characters:
 * such a run becomes its overlapping pairs (华为; 扣费 费出 出错), each searched as two adjacent
 * characters, the usual way to index Chinese without a dictionary.
 */
function words(text: string): string[] {
  const toks = tokenize(text);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]!);
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
    run = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    if (HAN.test(w) && w.length === 1 && !ZH_STOP.has(w)) {
      run.push(w);
      continue;
    }
    flush();
    out.push(w);
    if (HAN.test(w) && w.length > 1) i += [...w].filter((c) => HAN.test(c)).length; // skip its characters
  }
  flush();
  return [...new Set(out)];
}

/** Content words of a question: no question words, none of `exclude` (e.g. the account's name). */
export function contentTokens(text: string, exclude: readonly string[] = []): string[] {
  const skip = new Set(exclude.flatMap((e) => [...tokenize(e), ...words(e)]));
  return words(text).filter((t) => !EN_STOP.has(t) && !ZH_STOP.has(t) && !skip.has(t));
}

export function crudeStem(word: string): string | null {
  if (!LATIN.test(word) || word.length < 5 || /^\d+$/.test(word)) return null;
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  }
  return word.length >= 6 ? word.slice(0, -1) : null;
}

/**
 * One quoted lexeme, escaped as toTsQuery escapes. toTsQuery itself cannot be used for a word:
 * it re-tokenizes, and would split 蓝海 again and add each Chinese character as an OR term.
 */
const quoted = (w: string): string => `'${w.replace(/'/g, "''")}'`;

function term(w: string): string {
  if (HAN.test(w) && w.length > 1) {
    const chars = [...w].filter((c) => HAN.test(c)).map(quoted);
    return `(${quoted(w)} | ${chars.join(' <-> ')})`;
  }
  const stem = crudeStem(w);
  return stem ? `${quoted(w)} | ${quoted(stem)}:*` : quoted(w);
}

/** One tsquery per content word of the question (a word with its stem, or a Chinese word with its characters). */
export function historyTerms(text: string, exclude: readonly string[] = []): string[] {
  return contentTokens(text, exclude)
    .filter((w) => w.length > 1 || HAN.test(w))
    .map(term);
}

/** All the terms as one OR query; '' when nothing worth searching for is left. */
export function historyTsQuery(text: string, exclude: readonly string[] = []): string {
  return historyTerms(text, exclude).map((t) => `(${t})`).join(' | ');
}
