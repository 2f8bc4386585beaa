import type { DealStage } from '../../../shared/contract/contract';

const STAGE_RULES: Array<[RegExp, DealStage]> = [
  [/\bclosed?[\s-]*won\b|\bwon\b(?!['’]t)|\bsigned\b|\bsigned the\b|赢单|签约了|签约|签了|签下|拿下了?|成交了|赢了|这单成了/i, 'won'],
  [/\bclosed?[\s-]*lost\b|\blost\b|\bdead\b|丢单|丢了|输了|选了竞品|黄了|没戏了|输单/i, 'lost'],
  [/\bnegotiat\w*|谈判|议价|商务谈判/i, 'negotiation'],
  [/\bproposal\b|方案阶段|报价阶段|提案|方案/i, 'proposal'],
  [/\bqualified\b|\bqualify\b|\bsql\b|需求已确认|已确认需求|已验证|合格/i, 'qualified'],
  [/\bnew\s+lead\b|\blead\b|\bprospect\b|线索|潜在客户/i, 'lead'],
];

const STAGE_GLOBAL: Array<[RegExp, DealStage]> = STAGE_RULES.map(([re, stage]) => [new RegExp(re.source, 'gi'), stage]);
const TARGET_CUE = /(?:\bto|\bas|\binto|\bin|\bstage|\bnow|->|→|改成|改为|推进到|进入|到了|到|为|是)\s*$/i;

/** The deal stage named; a stage right after "to"/"改成"/"推进到" outranks one merely mentioned. */
export function findStage(text: string): DealStage | undefined {
  const hits: Array<{ stage: DealStage; index: number; cued: boolean }> = [];
  for (const [g, stage] of STAGE_GLOBAL) {
    for (const m of text.matchAll(g)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const cued = TARGET_CUE.test(before) || /^\s*(?:stage|阶段)/i.test(after);
      hits.push({ stage, index: m.index, cued });
    }
  }
  if (!hits.length) return undefined;
  hits.sort((a, b) => Number(b.cued) - Number(a.cued) || a.index - b.index);
  return hits[0].stage;
}
