import { computeKpi, metricAllowed, type KpiResult } from '../../crm/kpi';
import type { Metric } from '../../shared/contract/contract';
import type { Block } from '../reply';
import { barChartSpec } from '../answers/chart-spec';
import { formatValue, kpiExplanation, kpiSentence, metricName } from '../answers/kpi-format';
import type { HandlerContext, IntentHandler, Outcome } from './handler';
import { unknownUser, userFor } from './handler-support';
import { say } from '../i18n/messages';

const SCORECARD: Metric[] = ['pipeline_value', 'revenue_won', 'win_rate', 'new_deals', 'open_tickets', 'sla_breaches'];

export const kpiQueryIntent: IntentHandler = {
  intent: 'kpi.query',
  writes: false,
  customer: 'none',
  ownSlots: ['metric'],
  async run(ctx, draft) {
    const e = draft.entities;
    if (!e.metric) return scorecard(ctx);
    const metric = e.metric;
    if (!metricAllowed(ctx.actor, metric)) {
      return { kind: 'denied', reply: say(ctx.lang, `Sorry, ${metricName(metric, 'en').toLowerCase()} is not available to the ${ctx.actor.role} role.`, `抱歉，${ctx.actor.role} 角色无权查看${metricName(metric, 'zh')}。`) };
    }
    const owner = await userFor(ctx, e.assignee);
    if (owner === 'unknown') return unknownUser(ctx, e.assignee!);
    if (ctx.actor.role === 'rep' && ((owner && owner.id !== ctx.actor.id) || e.group_by === 'owner' || e.group_by === 'team')) {
      return { kind: 'denied', reply: say(ctx.lang, 'Sorry, reps can see their own numbers only; team and per-person figures are for managers.', '抱歉，销售代表只能查看自己的数据，团队和个人对比数据仅对经理开放。') };
    }
    const r = await computeKpi(ctx.deps.db, ctx.actor, {
      metric, period: e.period, comparePeriod: e.compare_period, groupBy: e.group_by, ownerId: owner?.id, now: ctx.now, tz: ctx.tz,
    });
    return answer(ctx, r);
  },
};

function answer(ctx: HandlerContext, r: KpiResult): Outcome {
  const lang = ctx.lang;
  const blocks: Block[] = [
    { type: 'facts', title: metricName(r.metric, lang), items: [
      { label: say(lang, 'Value', '数值'), value: formatValue(r.unit, r.value, lang) },
      ...(r.compare ? [{ label: say(lang, 'Compared with', '对比'), value: formatValue(r.unit, r.compare.value, lang) }] : []),
      { label: say(lang, 'How it is computed', '计算方式'), value: kpiExplanation(r, lang) },
    ] },
  ];
  if (r.groups && Object.keys(r.groups).length) {
    blocks.push({ type: 'table', columns: [say(lang, r.metric === 'open_tickets' ? 'Group' : 'Group', '分组'), metricName(r.metric, lang)], rows: Object.entries(r.groups).map(([k, v]) => [k, formatValue(r.unit, v, lang)]) });
    blocks.push({ type: 'chart', title: metricName(r.metric, lang), spec: barChartSpec(metricName(r.metric, lang), r.groups) });
  }
  return {
    kind: 'done',
    reply: kpiSentence(r, lang),
    data: {
      metric: r.metric, unit: r.unit, value: r.value, period: r.period,
      ...(r.compare ? { compare: { value: r.compare.value, period: r.compare.period } } : {}),
      ...(r.groups ? { groups: r.groups, group_by: Object.keys(r.filters).includes('group_by') ? r.filters.group_by : undefined } : {}),
      numerator: r.numerator, denominator: r.denominator,
      definition: r.definition, scope: r.scope, filters: r.filters, as_of: r.asOf, period_applies: r.periodApplies,
    },
    blocks,
  };
}

/** "How are we doing?": the main numbers at a glance instead of a question back. */
async function scorecard(ctx: HandlerContext): Promise<Outcome> {
  const results: KpiResult[] = [];
  for (const m of SCORECARD) {
    if (metricAllowed(ctx.actor, m)) results.push(await computeKpi(ctx.deps.db, ctx.actor, { metric: m, now: ctx.now, tz: ctx.tz }));
  }
  const lines = results.map((r) => kpiSentence(r, ctx.lang));
  return {
    kind: 'done',
    reply: say(ctx.lang, 'Here is your scorecard:\n', '以下是你的指标概览：\n') + lines.join('\n'),
    data: { scorecard: Object.fromEntries(results.map((r) => [r.metric, { value: r.value, unit: r.unit, period: r.period }])) },
    blocks: [{ type: 'facts', title: say(ctx.lang, 'Scorecard', '指标概览'), items: results.map((r) => ({ label: metricName(r.metric, ctx.lang), value: formatValue(r.unit, r.value, ctx.lang) })) }],
  };
}
