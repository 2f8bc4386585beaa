import { capitalisedRuns, lowerRuns, tokenize, type NameCandidate } from './name-candidates-en';
import { latinInZh, zhCompanies, zhPersons } from './name-candidates-zh';

export interface ScoredName extends NameCandidate {
  company: number;
  person: number;
}

export interface Parties {
  customer?: ScoredName;
  contact?: ScoredName;
  names: ScoredName[];
}

const COMPANY_BEFORE = /(?:\bat|@|\bfrom|\bfor|\bmeeting|\bmeet|\bseeing|\bchase|\bping|\bemail|\bremind|\bsend|\bwith|\bw\/|\bon|\babout|\bcalled|\bcalling|\bcall|\bvisit\w*|\bre:?|\blost|\bwon|\bsigned|\bclient|\bcustomer|\baccount|\bdeal:?|\bopp:?|\bticket:?|\bcall notes\s*-?|给|跟|和|与|帮|为|替|拜访|联系)\s*(?:the\s+)?$/i;
const WEAK_COMPANY_BEFORE = /(?:\bto|\bof|\bin|\bhas|\bdoes|\bis|\bdid)\s*(?:the\s+)?$/i;
const COMPANY_AFTER = /^['’]?s?\s+(?:cfo|ceo|cto|cio|coo|vp|head|team|office|admins?|it|procurement|buyer|owner|people|staff|account|contract|renewal|invoices?|users?|portal|app|site|dashboard|api|sso)\b|^\s*(?:deal|opp|opps|opportunity|account|renewal|contract|team|tickets?|pipeline|nda|sow|po\b|qbr|project|expansion|upsell|signed|is\s+qualified|reports?|says|wants|needs|那边|这边|方面|公司|的(?:合同|商机|工单|deal|opp|客户|采购|市场|技术|联系人|对接人|负责人|老师|总|经理|CTO|CFO|CEO|CIO|IT|打印|发票|报表|老师们|生产|登录|所有|情况|进展)|有(?:个|没有|几|多少)|最近|本季度|这周|上个月|今年|提了|反馈|说|在投诉|签约|加购|那单|\s*[-–—:])/i;
const PERSON_BEFORE = /(?:\bcontact\s*(?:is|:)?|\b(?:reported|raised|flagged|requested|submitted)\s+by|\bcontact person\s*:?|\bpoc\s*:?|\bspoke\s+(?:with|to)|\btalked\s+(?:with|to)|\bchat(?:ted)?\s+with|\bmet\s+with|\bmeeting\s+with|\bask(?:ed)?|\btell|\btold|\bping|\bemail(?:ed)?|\btext(?:ed)?|\bcc|\btheir\s+(?:\w+\s+){0,2}(?:admin|cto|ceo|cfo|cio|coo|lead|manager|director|head|buyer|vp)|\bperson\s*:|\b(?:manager|director|head|admin|cto|ceo|cfo|cio|coo|vp|gm|buyer|engineer|founder|president|champion)\s*,?|联系人(?:是|为|：|:)?|对接人(?:是|为|：|:)?)\s*$/i;
const PERSON_AFTER = /^\s*(?:at|@|from|of)\s+(?![$€£¥]?\d)\S|^\s*\((?!\s*(?:not|p[1-4]|urgent))|^\s*(?:flagged|reported|said|says|asked|mentioned|confirmed|got\s+promoted|is\s+now|promoted|changed|moved|left|joined|'?s\s+(?:phone|number|email|title|mobile|cell|new))\b|^\s*(?:升职|换|的(?:电话|手机|邮箱|职位|号码)|通了|通话|聊了|说)/i;

/** Names in the text, scored as company or person from their shape and from the words around them. */
export function scoreNames(text: string, masked: Array<[number, number]>): ScoredName[] {
  const tokens = tokenize(text);
  const companies = zhCompanies(text);
  // a family name can open a company name (东方证券): company evidence wins
  const persons = zhPersons(text).filter((p) => !companies.some((c) => p.start < c.end && c.start < p.end));
  const cands: NameCandidate[] = [...companies, ...persons, ...capitalisedRuns(tokens, text)];
  const taken = (c: NameCandidate) => cands.some((o) => o !== c && c.start < o.end && o.start < c.end);
  for (const c of [...lowerRuns(tokens, text), ...latinInZh(text)]) if (!taken(c)) cands.push(c);
  const free = cands.filter((c) => !masked.some(([s, e]) => c.start < e && s < c.end));
  const unique = free.filter((c, i) => free.findIndex((o) => o.start === c.start && o.end === c.end) === i);
  return unique
    .map((c) => {
      const before = text.slice(Math.max(0, c.start - 24), c.start);
      const after = text.slice(c.end, c.end + 24);
      let company = c.companyHint;
      let person = c.personHint;
      if (COMPANY_BEFORE.test(before)) company += 2;
      else if (WEAK_COMPANY_BEFORE.test(before)) company += 1;
      if (COMPANY_AFTER.test(after)) company += 1.5;
      if (c.possessive) company += 0.5;
      if (PERSON_BEFORE.test(before)) person += 2.5;
      if (PERSON_AFTER.test(after) && c.companyHint < 3) person += 2.5;
      if (c.source === 'lower') company -= 0.5;
      return { ...c, company, person };
    })
    .sort((a, b) => a.start - b.start);
}

const isCompany = (n: ScoredName) => n.company > n.person && n.company >= 1;
const isPerson = (n: ScoredName) => n.person > n.company && n.person >= 2.5;

/** The customer (best company-like name) and the contact (best person-like name) of a message. */
export function resolveParties(names: ScoredName[], opts: { needCustomer: boolean; needContact: boolean; wantCustomer?: boolean }): Parties {
  const best = (list: ScoredName[], key: 'company' | 'person') =>
    list.reduce<ScoredName | undefined>((b, n) => (!b || n[key] - (key === 'company' ? n.person : 0) > b[key] - (key === 'company' ? b.person : 0) ? n : b), undefined);
  let customer = best(names.filter(isCompany), 'company');
  if (!customer && opts.needCustomer) customer = names.find((n) => !isPerson(n) && n.person < 3);
  let contact = best(names.filter((n) => n !== customer && isPerson(n)), 'person');
  if (!contact && opts.needContact) contact = names.find((n) => n !== customer && !isCompany(n));
  if (!contact && opts.needContact) contact = names.find((n) => n !== customer && n.companyHint < 3);
  // where no company is asked for, a first-name-led name next to "for" or a dash is still the person
  if (!contact && opts.needContact && !opts.needCustomer && !opts.wantCustomer && customer && customer.person >= 2.5) contact = customer;
  // a second multi-word name beside the person is the company ("Ethan Brooks / Maple Leaf Transit")
  if (!customer && opts.wantCustomer) customer = names.find((n) => n !== contact && n.person < 2.5 && (n.source !== 'cap' || /\s/.test(n.text)) && n.source !== 'lower');
  return { customer, contact, names };
}
