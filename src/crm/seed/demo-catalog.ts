/**
 * The phrases demo records are built from. Faker has no Chinese sentences (its zh_CN lorem is
 * Latin), so the Chinese call notes and tickets are written out here; {placeholders} are filled
 * per record.
 */
export const TEAMS = ['Enterprise Sales', 'Mid-Market', 'Customer Care', 'Asia Support'] as const;

export const INDUSTRIES = ['Manufacturing', 'Retail', 'Software', 'Logistics', 'Healthcare', 'Financial Services', 'Education', 'Energy'];
export const INDUSTRIES_ZH = ['制造业', '零售', '软件', '物流', '医疗', '金融服务', '教育', '能源'];
export const REGIONS = ['North America', 'EMEA', 'LATAM', 'APAC'];

export const PRODUCTS = ['Atlas Analytics', 'Beacon Alerts', 'Cobalt Sync', 'Delta Forms', 'Ember Reports', 'Fjord Vault'];
export const DEAL_KINDS = ['new business', 'expansion', 'renewal', 'upsell', 'pilot'];
export const DEAL_KINDS_ZH = ['新签', '扩容', '续约', '增购', '试点'];

export const TITLES = ['CTO', 'Head of IT', 'Operations Manager', 'Procurement Lead', 'VP Sales', 'Finance Manager', 'IT Administrator'];
export const TITLES_ZH = ['技术总监', 'IT经理', '运营经理', '采购主管', '销售副总裁', '财务经理', '系统管理员'];

export interface Phrase {
  subject: string;
  body: string;
  summary?: string;
}

export const CALLS_EN: Phrase[] = [
  { subject: 'Discovery call: {product}', body: 'Spoke with {contact} about their current setup. They struggle with manual reporting and want {product} live before the end of the quarter. Budget around {amount}.', summary: '{contact} wants {product} live this quarter; budget about {amount}.' },
  { subject: 'Pricing follow-up', body: '{contact} asked for a revised quote for {product}. Procurement needs it by Friday. Competitor offered a lower price but weaker support.', summary: 'Revised {product} quote due Friday; price pressure from a competitor.' },
  { subject: 'Renewal check-in', body: 'Renewal is due in two months. {contact} is happy with uptime but raised two open support tickets. Agreed to review usage next week.', summary: 'Renewal on track; two support issues to clear first.' },
  { subject: 'Escalation call about {product}', body: '{contact} called about repeated sync failures in {product}. Promised an engineer callback within 24 hours and a status update to their CTO.', summary: 'Sync failures escalated; engineer callback promised within 24h.' },
  { subject: 'Contract terms review', body: 'Walked {contact} through the MSA redlines. Legal wants a 30-day termination clause. Next step: send updated terms.', summary: 'Legal asks for a 30-day termination clause; send new terms.' },
];
export const MEETINGS_EN: Phrase[] = [
  { subject: 'Quarterly business review', body: 'QBR with {contact} and their team. Adoption is up 20%. They asked about SSO and audit logs. Possible expansion into {product} worth {amount}.', summary: 'Adoption up; SSO requested; {product} expansion worth {amount} possible.' },
  { subject: 'Product demo: {product}', body: 'Demoed {product} to {contact} and three analysts. Strong interest in dashboards; concerns about data residency. Trial to start Monday.', summary: '{product} demo went well; trial starts Monday.' },
  { subject: 'Onsite workshop', body: 'Half-day workshop with {contact}. Mapped their approval workflow and agreed on a pilot scope for {product}.', summary: 'Pilot scope for {product} agreed.' },
];
export const EMAILS_EN: Phrase[] = [
  { subject: 'Proposal for {product}', body: 'Hi {contact}, attached is the proposal for {product} at {amount}. Happy to walk through it this week.' },
  { subject: 'Re: onboarding schedule', body: '{contact} confirmed the onboarding sessions for next Tuesday and Thursday.' },
  { subject: 'Invoice question', body: '{contact} asked why the last invoice included two extra seats. Sent the usage breakdown.' },
];
export const NOTES_EN: Phrase[] = [
  { subject: 'Internal note', body: 'Champion {contact} is moving to a new role next month; need a second sponsor.' },
  { subject: 'Account note', body: 'Budget cycle starts in October. Keep {product} on their radar.' },
];

export const CALLS_ZH: Phrase[] = [
  { subject: '{product}需求沟通电话', body: '与{contact}电话沟通了现有流程。他们目前手工做报表，希望本季度内上线{product}，预算大约{amount}。', summary: '{contact}希望本季度上线{product}，预算约{amount}。' },
  { subject: '报价跟进', body: '{contact}要求重新报价{product}，采购部门周五前需要。竞争对手价格更低，但服务较弱。', summary: '周五前提交{product}新报价；存在价格竞争。' },
  { subject: '续约回访', body: '合同两个月后到期。{contact}对系统稳定性满意，但还有两个未解决的工单。约定下周一起复盘使用情况。', summary: '续约进展正常，需先解决两个工单。' },
  { subject: '{product}故障升级电话', body: '{contact}来电反映{product}同步多次失败。承诺24小时内安排工程师回电，并向对方技术总监通报进展。', summary: '同步故障已升级，24小时内工程师回电。' },
];
export const MEETINGS_ZH: Phrase[] = [
  { subject: '季度业务回顾会议', body: '与{contact}及其团队召开季度回顾。使用率提升20%，对单点登录和审计日志有需求，有望扩展{product}，金额约{amount}。', summary: '使用率提升；需要单点登录；{product}扩展约{amount}。' },
  { subject: '{product}产品演示', body: '为{contact}和三位分析师演示了{product}，对仪表盘很感兴趣，但担心数据存放地点。试用下周一开始。', summary: '{product}演示顺利，下周一开始试用。' },
];
export const EMAILS_ZH: Phrase[] = [
  { subject: '{product}方案建议书', body: '{contact}您好，附件是{product}的方案建议书，报价{amount}。本周可以随时沟通。' },
  { subject: '回复：上线培训安排', body: '{contact}确认了下周二和周四的上线培训。' },
];
export const NOTES_ZH: Phrase[] = [
  { subject: '内部备注', body: '关键联系人{contact}下个月调岗，需要尽快找到新的支持者。' },
  { subject: '客户备注', body: '对方预算周期十月开始，持续跟进{product}。' },
];

export const TICKETS_EN: Phrase[] = [
  { subject: 'SSO login fails with SAML error', body: 'Users at {company} are bounced out of sign-in with "SAML response not valid". About 20 people cannot work.' },
  { subject: 'Export to CSV times out', body: 'Large exports from {product} time out after 60 seconds.' },
  { subject: 'Dashboard shows wrong totals', body: 'The revenue dashboard in {product} double-counts refunds since the last release.' },
  { subject: 'Cannot add new users', body: 'Admin at {company} gets an error when inviting new users.' },
  { subject: 'API rate limit too low', body: 'Their integration hits 429 errors during the nightly sync.' },
  { subject: 'Mobile app crashes on start', body: 'Field staff report that the app closes immediately after the latest update.' },
];
export const TICKETS_ZH: Phrase[] = [
  { subject: '单点登录报错无法进入系统', body: '{company}的员工登录时提示“SAML响应无效”，约20人无法工作。' },
  { subject: '导出报表超时', body: '{product}导出大批量数据时60秒后超时。' },
  { subject: '仪表盘金额统计错误', body: '上次升级后，{product}的收入仪表盘重复计算了退款。' },
  { subject: '无法添加新用户', body: '{company}管理员邀请新用户时报错。' },
  { subject: '手机应用启动闪退', body: '外勤人员反馈更新后应用一打开就闪退。' },
];

/** Fills {placeholders}; unknown ones stay visible rather than vanish. */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
