import type { GroupBy, Metric } from '../../../shared/contract/contract';

/**
 * KPI names as people type them, most specific first ("time to resolve" before "resolved",
 * "closed won revenue" before "won deals"). First rule that matches wins.
 */
const METRIC_RULES: Array<[Metric, RegExp]> = [
  ['sla_breaches', /超(?:出|过)?了?\s*sla|sla\s*超了|\bsla\b.{0,14}\b(?:breach\w*|miss\w*|violat\w*|fail\w*|late)|\b(?:breach\w*|miss\w*|violat\w*)\b.{0,10}\bslas?\b|超\s*sla|sla\s*(?:违约|超时|违规|未达标|违反|超标)|违反\s*sla|超时(?:的)?工单|超时未响应/],
  ['first_response_time', /\bfrt\b|first[\s-]*(?:respon\w*|repl\w*)|how\s+(?:long|fast|quickly)\b.{0,30}\b(?:respond|reply|answer)|time\s+to\s+(?:first\s+)?(?:respond|response|reply)|response\s+times?|首响|首次响应|首次回复|首回|第一次(?:回复|响应)|响应时间|响应时长|响应用时|响应速度|多久响应|多久(?:才)?(?:回复|回应)|回复(?:时间|时长|用时|速度)/],
  ['resolution_time', /\bttr\b|resolution\s+times?|time\s+to\s+(?:resolve|resolution|fix|close\s+tickets)|(?:how\s+(?:long|fast|quickly)|avg|average|mean|median).{0,30}\b(?:resolv\w*|resolution|fix(?:ing)?\s+tickets|close\s+(?:tickets|cases))|\b(?:tickets?|cases)\b.{0,40}\bfrom\s+(?:creation|open\w*|submission|creat\w*)\s+to\s+(?:close|closing|resolution|resolved)|解决时间|解决时长|解决用时|处理时长|处理时间|处理用时|处理速度|解决速度|平均解决|(?:解决|处理|关闭).{0,8}(?:多久|多长时间)|多久(?:才)?(?:能)?(?:解决|处理完|关闭)/],
  ['sales_cycle_days', /sales\s+cycle|days\s+to\s+close|time\s+to\s+close|deal\s+cycle|cycle\s+(?:length|time)|deal\s+velocity|\bfrom\s+(?:creation|created|open\w*|start|first\s+touch)\s+to\s+(?:close|closing|won|win|signing|signature)\b|\bbetween\s+(?:opening|creation|creating|starting|first\s+touch)\b.{0,20}\band\s+(?:winning|closing|signing|close)\b|how\s+(?:long|many\s+days)\b.{0,40}\b(?:to\s+(?:close|win|sign)|clos\w+|winning|signing)\b.{0,10}\b(?:deals?|opps?|opportunit\w+)|how\s+(?:long|many\s+days)\b.{0,40}\b(?:deals?|opps?|opportunit\w+)\b.{0,30}\b(?:close|closing|win|sign)|销售周期|成交周期|成单周期|(?:成单|成交|签单|赢单)(?:的)?(?:平均)?(?:天数|时长|用时)|签单周期|赢单周期|平均.{0,6}成交.{0,3}天|(?:平均)?(?:多久|多长时间|几天)(?:才)?(?:能)?(?:成交|成单|签单|赢单|关单)|从(?:创建|新建|建立)到(?:成交|赢单|关单|签单)/],
  ['win_rate', /win[\s-]*(?:rate|%|ratio|percentage)|(?:percentage|percent|%|proportion|share|fraction|ratio)\s+of\s+(?:our\s+|the\s+|all\s+)?(?:deals?|opps?|opportunities)\b.{0,30}\b(?:win|won|closed[\s-]won)\b|赢单(?:比例|占比)|成交(?:比例|占比)|赢的比例|close\s+rate|closing\s+rate|hit\s+rate|conversion\s+rate|赢单率|胜率|成交率|成单率|赢率|签单率|转化率/],
  ['avg_deal_size', /(?:avg|average|mean|typical|median)\s+size\s+of\s+(?:the\s+|our\s+|all\s+)?(?:\w+\s+)?(?:deals?|opps?|contracts?)|(?:avg|average|mean|typical|median)\.?\s+(?:deal|contract|order|opp)\s*(?:size|value|amount|\$)?|deal\s+size|\bacv\b|平均成交额|平均(?:每单|单笔|合同|每个商机|每笔)?(?:成交)?金额|客单价|平均单价|平均每单|单均|平均订单/],
  ['revenue_won', /revenue|bookings|\bwhat\s+(?:did|have)\s+we\s+(?:book(?:ed)?|sold|sell|brought\s+in|bring\s+in|close[sd]?)\b(?!\s+(?:deals?|opps?|tickets?|cases))|\bbooked\s+the\s+most\b|closed[\s-]*won\s+(?:amount|value|total)|\$\$|(?:total|sum)\s+(?:of\s+)?\$|\$\s*(?:closed|won|booked)|how\s+much\b.{0,30}\b(?:clos\w*|win|won|bring\s+in|book\w*|sold|sell)|sales\s+(?:amount|volume|total)|赢单金额|成交金额|签约金额|成交额|赢单总额|收入|营收|销售额|业绩|回款/],
  ['deals_won', /\bwho\s+(?:closed|won|signed|booked)\b|\b(?:closed|won|signed|closing|winning|signing)\s+(?:the\s+)?(?:most|more|fewer|fewest|any)\s+(?:deals|opps)\b|(?:deals?|opps?|opportunities)\s+(?:won|closed[\s-]*won)|\bwon\s+(?:deals?|opps?)|closed[\s-]*won\s+deals|\b(?:deals?|opps?)\s+(?:that\s+)?(?:we|i|they|the\s+team|our\s+team)\s+(?:have\s+)?(?:closed|won|signed|booked)\b|(?:how\s+many|#\s*of|number\s+of|count\s+of).{0,20}\b(?:deals?|opps?)\b.{0,20}\b(?:close[\s-]?win|closed?[\s-]?won|won|win|closed?)\b|赢了?(?:多少|几)单|赢单(?:数|数量|个数)?|成交了?(?:多少|几)(?:单|个)|签了?(?:多少|几)单|拿下(?:多少|几)单|赢了多少/],
  ['pipeline_value', /pipe?line|pipline|open\s+deal\s+value|(?:value|amount|sum|worth)\s+of\s+(?:all\s+|the\s+|our\s+)?(?:open|active|in[\s-]flight)\s+(?:deals?|opps?|opportunities)|(?:open|active)\s+(?:deals?|opps?|opportunities)\s+(?:are\s+)?(?:worth|value|amount|total)|(?:未成交|进行中|跟进中|在途)(?:的)?商机(?:的)?总?(?:金额|额|价值)|管道|漏斗|在手商机|商机(?:的)?总?金额|商机总额|商机总值/],
  ['new_deals', /new\s+(?:deals?|opps?|opportunities)|(?:deals?|opps?|opportunities)\s+(?:(?:were|was|got|get|have\s+been|has\s+been|been|did\s+we|do\s+we|we)\s+)?(?:created|opened|added)|creat\w*.{0,25}\b(?:deals?|opps?|opportunities)|新建.{0,6}(?:商机|opp|deal)|新增.{0,6}(?:商机|opp|deal)|新(?:的)?商机|商机(?:数|数量|个数)|新开.{0,3}商机/],
  ['new_accounts', /new\s+(?:accounts?|accts?|logos?|customers?|clients?)|(?:how\s+many|number\s+of|#\s*of)\s+(?:accounts?|customers?|clients?|logos?)\b.{0,24}\b(?:add\w*|creat\w*|open\w*|sign\w*|onboard\w*|acquir\w*|land\w*|won|win|bring\w*|got|get)\b|(?:accounts?|customers?|clients?)\s+(?:(?:were|was|got|get|have\s+been|has\s+been|been|did\s+we|do\s+we|we)\s+)?(?:created|added|signed\s+up|onboarded|acquired)|新增.{0,4}(?:客户|账户|账号)|新建.{0,6}(?:客户|账户)|新签.{0,3}客户|新客户|新开了?(?:多少|几)?个?(?:新)?客户/],
  ['tickets_opened', /(?:tickets?|tix|cases)\s+(?:(?:were|was|got|get|have\s+been|has\s+been|been|did\s+we|do\s+we|we)\s+)?(?:opened|created|came\s+in|come\s+in|coming\s+in|submitted|raised|filed|logged|received)|new\s+(?:tickets?|tix|cases)|(?<!\b(?:open|pending|unresolved|outstanding)\s+)(?:ticket|case)\s+(?:volume|count|inflow)|inbound\s+tickets|新(?:建|增|开)(?:了)?(?:多少|几)?个?(?:新)?工单|新开(?:的)?工单|新(?:建|增)的工单|新(?:的)?工单|工单(?:量|数量|总数)|(?:来|进|进来)了?(?:多少|几)个?(?:新)?工单|提交了(?:多少|几)个?工单/],
  ['open_tickets', /(?:open|pending|unresolved|outstanding|active)(?:\s*(?:and|or|&|\/|,)\s*(?:open|pending|unresolved|in[\s-]progress|on[\s-]hold))?\s+(?:support\s+)?(?:tickets?|tix|cases|ticket\s+backlog)|(?:tickets?|cases)\s+(?:that\s+are\s+|are\s+)?(?:still\s+|currently\s+)?(?:pending|unresolved|unassigned\s+or\s+open|open|not\s+(?:yet\s+)?(?:resolved|closed))\b|(?:ticket|support)\s+backlog|\bbacklog\b|unresolved\s+(?:tickets?|issues)|tickets?\s+(?:are\s+|is\s+)?(?:still\s+)?open|未关闭(?:的)?工单|未解决(?:的)?工单|待处理(?:的)?工单|没(?:有)?解决(?:的)?工单|打开(?:的|着的)?工单|积压|在途工单|还有(?:多少|几)个?工单|开着的工单|(?:未|没|没有|还没)(?:处理|处理完|解决|关|关闭|结)(?:完)?(?:的)?工单|(?:处理中|进行中|待解决|挂起)(?:的)?工单|工单.{0,6}(?:没|未)(?:处理完|解决|关闭|关)/],
  ['tickets_resolved', /(?:tickets?|tix|cases)\s+(?:(?:were|was|got|get|have\s+been|has\s+been|been|did\s+we|do\s+we|we)\s+)?(?:resolved|closed|solved|fixed)|(?:resolved|closed|solved)\s+(?:tickets?|tix|cases)|(?:how\s+many|number\s+of|#\s*of).{0,25}\b(?:tickets?|tix|cases)\b.{0,25}\b(?:resolv\w*|clos\w*|solv\w*|fix\w*)|\b(?:resolv|clos|solv)\w*\s+(?:the\s+)?(?:most|more|fewest|fewer|any|all)\s+(?:tickets?|tix|cases)\b|解决了(?:多少|几)个?工单|已解决(?:的)?工单|(?:处理完|已关闭|关掉)(?:了)?(?:的)?工单|处理(?:完)?了(?:多少|几)个?工单|解决(?:的)?工单(?:数|数量)?|关闭了(?:多少|几)个?工单|结了(?:多少|几)单|关(?:了|掉了?)(?:多少|几)个?工单|解决了几个|解决了多少/],
  ['activities', /activit(?:y|ies)|(?:meetings|emails)\b.{0,24}\bcalls|\bcalls\b.{0,24}\b(?:meetings|emails)|touch\s*points?|interactions|跟进活动|活动(?:数|数量|量|次数)?|跟进(?:记录)?(?:数|条|次数)|跟进了(?:多少|几)|(?:多少|几)次.{0,6}(?:互动|接触|拜访)|互动(?:次数|数|量)/],
  ['calls_logged', /(?:['’]s|\bmy|\bour|\btheir|\bhis|\bher)\s+(?:phone\s+)?calls\b(?!\s+(?:with|to)\b)|^\s*(?:phone\s+)?calls\b(?=\s+(?:this|last|today|yesterday|in|for|per|by|vs|made|logged|so\s+far))|\bcalls?\b.{0,15}\b(?:logged|made|placed|did|done)|(?:how\s+many|number\s+of|#\s*of|total|count\s+of)\s+(?:phone\s+)?calls|\bdials\b|\bcalls?\s+(?:per|by)\b|通话(?:次数|数|量|数量)|打了(?:多少|几)个?电话|电话(?:数|量|次数)|多少(?:个|通)电话|几(?:个|通)电话/],
];

/** The KPI the text asks about, if any. `lc` is the lower-cased text. */
export function findMetric(lc: string): Metric | undefined {
  for (const [metric, re] of METRIC_RULES) if (re.test(lc)) return metric;
  return undefined;
}

// "by", "per", "for each", "broken out by", "split … by" (the object may sit between split and by)
const BY = String.raw`\b(?:by|per|each|every|for\s+(?:each|every)|split\s+by|broken\s+(?:down|out)\s+by|break(?:down|\s+(?:it\s+|this\s+|that\s+|them\s+)?(?:down|out))\s+by|grouped\s+by|across(?:\s+the)?|among)\s+(?:the\s+|each\s+|their\s+|current\s+|(?:account|deal|pipeline|sales|ticket|activity|opportunity|assigned|geographic|support)\s+)?`;
const ZH_BY = String.raw`(?:按(?:照)?|根据|以)\s*(?:当前|目前|现在|所在|所处|不同|各|各个|每个)?(?:的)?\s*`;
const group = (en: string, zh: string): string =>
  `${BY}(?:${en})\\b|\\b(?:${en})[\\s-]by[\\s-](?:${en})\\b|${ZH_BY}(?:${zh})|(?:各|每|分)(?:个|一个|位)?(?:${zh})`;

const GROUP_RULES: Array<[GroupBy, RegExp]> = [
  ['owner', new RegExp(String.raw`\b(?:top|best|worst|bottom)\s+(?:\d+\s+)?(?:sales\s*)?(?:reps?|sellers?|salespe\w+|performers|ae'?s|agents?)\b|\bleaderboard\b|^\s*who\b.{0,40}\b(?:most|least|top|best|highest|lowest|fewest)\b|\bwhich\s+(?:sales\s*)?(?:reps?|owners?|salespe\w+|sellers?|ae'?s|account\s+execs?|agents?|assignees?)\b|${group(String.raw`(?:sales\s*)?(?:reps?|owners?|salespe\w+|sellers?|persons?|people|ae'?s?|users?|agents?|assignees?|members?|account\s+execs?|individuals?)`, '销售|人|负责人|业务员|员工|销售代表|销售人员|个人|人员|客户经理|成员|reps?|owners?|sales|跟进人|处理人')}|按销售排|谁(?:的)?.{0,12}(?:最多|最高|最少|最低)`)],
  ['team', new RegExp(`${group('teams?|squads?|groups?', '团队|小组|组|teams?|部门')}|\\bwhich\\s+(?:sales\\s+)?teams?\\b|哪个(?:团队|小组|组)`)],
  ['stage', new RegExp(`${group('stages?|pipeline\\s+stages?', '阶段|销售阶段|商机阶段|stages?')}|阶段(?:分布|拆分|划分|汇总)|\\bwhich\\s+stages?\\b`)],
  ['region', new RegExp(`${group(String.raw`regions?|geos?|geograph(?:y|ies)|territor(?:y|ies)|countr(?:y|ies)|markets?|areas?`, '区域|地区|大区|地域|省份|城市|片区|regions?')}|\\bwhich\\s+(?:regions?|territor(?:y|ies)|geos?)\\b`)],
  ['priority', new RegExp(group(String.raw`priorit(?:y|ies)|prio|severity|severities|p-level`, '优先级|紧急程度|priority'))],
  ['kind', new RegExp(group(String.raw`(?:activity\s+)?(?:types?|kinds?|channels?|categor(?:y|ies))`, '类型|种类|活动类型|渠道|类别|types?|kinds?|类(?!型)'))],
];

export function findGroupBy(lc: string): GroupBy | undefined {
  for (const [g, re] of GROUP_RULES) if (re.test(lc)) return g;
  return undefined;
}
