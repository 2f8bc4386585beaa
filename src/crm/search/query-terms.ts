import { tokenize, toTsQuery } from '../../shared/search-text';

/**
 * Turns a question into a tsquery for the 'simple' configuration. 'simple' keeps every word,
 * so question words ("what did we say about") would match almost every row: we drop them here.
 * 'simple' does not stem either, so English content words also get a prefix term of their
 * crude stem ("escalations" → 'escal':*), which meets "escalated" and "escalation".
 * Only tokenizer output (letters and digits) reaches the query text, and it is bound as a
 * parameter to to_tsquery, so no user syntax is ever interpreted.
 */
const EN_STOP = new Set(
  ('a about above after again all am an and any anything are as at be been before being but by can could did do does doing ' +
    'for from get got had has have having he her here hers him his how i if in into is it its just know latest last let like me ' +
    'more most my no not now of on or our ours out over please pull recent recently remind said say says she should show so some ' +
    'something tell than that the their them then there these they this those to up us was we were what whats when where which ' +
    'who whom why will with would you your going go happened happening anyone everything brief status update news history ' +
    'talk talked talking spoke speak discuss discussed mention mentioned find search quarter month week year today yesterday ' +
    'customer customers account client clients').split(' '),
);
const ZH_STOP = new Set(
  ('的 了 吗 呢 吧 啊 呀 有 没 没有 什么 什 么 最近 最 近 我们 我 们 你 他们 他 她 它 和 与 跟 是 在 那边 那 边 这 这个 个 一下 ' +
    '哪些 哪 些 还 一次 次 关于 说 说过 过 都 也 就 给 帮 帮我 查 查一下 看 看看 客户 公司 情况 怎么 怎么样 样 如何 多少 ' +
    '本 季度 本月 今年 上 下 月 周 年 之前 以来 任何 请 问 聊 聊过 谈 谈过 讲 提 提到 到').split(' '),
);

const LATIN = /^[a-z0-9]+$/;
const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ies', 'ed', 'es', 's', 'ly'];

export function contentTokens(text: string): string[] {
  return [...new Set(tokenize(text))].filter((t) => !EN_STOP.has(t) && !ZH_STOP.has(t));
}

export function crudeStem(word: string): string | null {
  if (!LATIN.test(word) || word.length < 5 || /^\d+$/.test(word)) return null;
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= 4) return word.slice(0, -s.length);
  }
  return word.length >= 6 ? word.slice(0, -1) : null; // "pricing" → "pric" above; "price" stays exact
}

/** '' when nothing worth searching for is left. */
export function historyTsQuery(text: string): string {
  const tokens = contentTokens(text);
  if (tokens.length === 0) return '';
  const exact = toTsQuery(tokens.join(' '));
  const prefixes = [...new Set(tokens.map(crudeStem).filter((s): s is string => !!s))].map((s) => `'${s}':*`);
  return [exact, ...prefixes].filter(Boolean).join(' | ');
}
