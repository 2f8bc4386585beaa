import { tokenize } from '../../shared/search-text';
import type { Snippet, SummaryLanguage } from '../llm-port';
import { cosine, hashEmbed } from './hash-embedder';
import { splitSentences } from './transcript-parser';

/**
 * The offline answer: the snippets that share most with the question, each quoted by its most
 * relevant sentences and cited by id. Snippet text is only ever quoted, never followed: an
 * instruction inside a note is just more text to quote.
 */
const MAX_SNIPPETS = 3;
const MAX_QUOTE = 240;

function relevance(question: string, snippet: Snippet): number {
  const q = new Set(tokenize(question).filter((t) => t.length > 1 || /\p{Script=Han}/u.test(t)));
  const words = tokenize(`${snippet.title ?? ''} ${snippet.text}`);
  const overlap = words.filter((w) => q.has(w)).length;
  const lexical = q.size ? overlap / Math.sqrt(words.length + 1) : 0;
  return lexical + cosine(hashEmbed(question), hashEmbed(`${snippet.title ?? ''} ${snippet.text}`));
}

function quote(question: string, text: string): string {
  const q = new Set(tokenize(question));
  const sentences = splitSentences(text.replace(/\s+/g, ' ').trim());
  const best = sentences
    .map((s, i) => ({ s, i, hits: tokenize(s).filter((t) => q.has(t)).length }))
    .sort((a, b) => b.hits - a.hits || a.i - b.i)
    .slice(0, 2)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s)
    .join(' ');
  return best.length > MAX_QUOTE ? `${best.slice(0, MAX_QUOTE - 1).trimEnd()}…` : best;
}

export function answerFromSnippets(question: string, language: SummaryLanguage, snippets: readonly Snippet[]): { text: string; citations: string[] } {
  const zh = language === 'zh';
  const ranked = snippets
    .map((s, i) => ({ s, i, score: relevance(question, s) }))
    .filter((x) => x.s.text.trim() || x.s.title)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, MAX_SNIPPETS);
  if (!ranked.length) {
    return { text: zh ? '在你可以查看的记录中没有找到相关信息。' : 'I found nothing about that in the records you can see.', citations: [] };
  }
  const lines = ranked.map(({ s }) => {
    const label = [s.title ?? s.type, s.date].filter(Boolean).join(zh ? '，' : ', ');
    const body = quote(question, s.text) || s.title || '';
    return `• ${label}${zh ? '：' : ': '}${body} [${s.id}]`;
  });
  const head = zh ? '根据CRM记录：' : 'From the CRM records:';
  return { text: [head, ...lines].join('\n'), citations: ranked.map(({ s }) => s.id) };
}
