import { detectLanguage } from '../../shared/language';
import type { CallSummary } from '../llm-port';
import { extractActionItems } from './action-item-extractor';
import { extractAmounts } from './amount-extractor';
import { extractMentions } from './mention-extractor';
import { pickTop, rankSentences, type RankedSentence } from './sentence-ranker';
import { scoreSentiment } from './sentiment-scorer';
import { assignSides } from './speaker-sides';
import { parseTranscript } from './transcript-parser';

/**
 * The offline call summary: extractive (sentences as said, with who said them), so names,
 * products and figures survive word for word and nothing is invented. Runs in linear time.
 */
const NEXT_STEP =
  /\b(?:next steps?|pilot|trial|approv\w*|decid\w*|decision|sign[- ]?off|budget review|deadline|renew\w*|go[- ]live|kick ?off|timeline|follow[- ]up|proposal|owner|boss|board)\b|下一步|试点|试用|审批|上会|领导|决定|答复|到期|续约|签约|采购会|重新考虑/iu;

const say = (s: RankedSentence): string => (s.speaker ? `${s.speaker}${/\p{Script=Han}/u.test(s.text) ? '：' : ': '}${s.text}` : s.text);
const byPosition = (a: RankedSentence, b: RankedSentence): number => a.index - b.index;

function listWords(names: readonly string[], zh: boolean): string {
  if (zh) return names.join('、');
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function summariseTranscript(transcript: string, opts: { now?: Date; tz?: string } = {}): CallSummary {
  const parsed = parseTranscript(transcript);
  const language = detectLanguage(transcript);
  const zh = language === 'zh';
  const sides = assignSides(parsed);
  const mentions = extractMentions(transcript, parsed.speakers, language);
  const ranked = rankSentences(parsed.sentences, { language, ...mentions, speakers: parsed.speakers });
  const actions = extractActionItems(parsed, language, opts);
  const sentiment = scoreSentiment(parsed.sentences, sides.customer).label;
  const amounts = extractAmounts(transcript, language).map(({ amount, currency }) => (currency ? { amount, currency } : { amount }));

  const n = ranked.length;
  const inSummary = pickTop(ranked, n > 12 ? 3 : 2);
  const used = new Set(inSummary.map((s) => s.index));
  const nextSteps = pickTop(ranked.filter((s) => NEXT_STEP.test(s.text) && s.score > 0), 3, used);
  for (const s of nextSteps) used.add(s.index);
  const budget = Math.min(12, Math.max(5, Math.round(n * 0.18)));
  const keyPoints = pickTop(ranked, budget, used, n > 120 ? Math.min(8, Math.ceil(n / 40)) : 1);
  for (const s of keyPoints) used.add(s.index);
  // Every figure and every competitor named is kept: they are what a reader checks first.
  const said = new Set([...used].flatMap((i) => ranked[i]!.amounts));
  const lowerText = [...used].map((i) => ranked[i]!.text.toLowerCase()).join('\n');
  const must: RankedSentence[] = [];
  for (const s of ranked) {
    if (used.has(s.index) || must.length >= 6) continue;
    const newAmount = s.amounts.some((a) => !said.has(a));
    const newCompetitor = mentions.competitors.some((c) => s.text.toLowerCase().includes(c.toLowerCase()) && !lowerText.includes(c.toLowerCase()));
    if (!newAmount && !newCompetitor) continue;
    must.push(s);
    for (const a of s.amounts) said.add(a);
  }
  const points = [...keyPoints, ...must].sort(byPosition).map(say);
  if (mentions.competitors.length) {
    points.push(zh ? `提到的竞争对手：${listWords(mentions.competitors, true)}。` : `Competitors mentioned: ${listWords(mentions.competitors, false)}.`);
  }

  const sentences: string[] = [];
  const vendor = [...sides.vendor];
  const customer = [...sides.customer];
  if (vendor.length || customer.length) {
    sentences.push(
      zh
        ? `参与人：${listWords(vendor, true) || '（未知）'}（我方）；${listWords(customer, true) || '（未知）'}（客户方）。`
        : `Participants: ${vendor.join(', ') || 'unknown'} (our side); ${customer.join(', ') || 'unknown'} (customer side).`,
    );
  }
  sentences.push(...[...inSummary].sort(byPosition).map(say));
  const owners = [...new Set(actions.map((a) => a.owner).filter((o): o is string => Boolean(o)))];
  if (actions.length) {
    sentences.push(
      zh
        ? `共${actions.length}项待办${owners.length ? `，负责人：${listWords(owners, true)}` : ''}。`
        : `${actions.length} action item${actions.length > 1 ? 's' : ''} agreed${owners.length ? `, owned by ${listWords(owners, false)}` : ''}.`,
    );
  }
  if (!sentences.length) sentences.push(zh ? '通话内容为空。' : 'The call has no content.');

  return {
    summary: sentences.join(zh ? '' : ' '),
    key_points: points,
    action_items: actions.map(({ text, owner, due }) => ({ text, ...(owner ? { owner } : {}), ...(due ? { due } : {}) })),
    next_steps: nextSteps.length
      ? [...nextSteps].sort(byPosition).map(say)
      : actions.slice(0, 3).map((a) => (a.owner ? `${a.owner}${zh ? '：' : ': '}${a.text}` : a.text)),
    sentiment,
    competitors: mentions.competitors,
    products: mentions.products,
    amounts,
    language,
  };
}
