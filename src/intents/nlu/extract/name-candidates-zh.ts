import { ZH_COMPANY_SUFFIXES, ZH_KNOWN_COMPANIES, ZH_NOT_BRANDS } from '../lexicon/company-words';
import { ZH_DOUBLE_SURNAMES, ZH_HONORIFICS, ZH_SURNAMES } from '../lexicon/person-names';
import type { NameCandidate } from './name-candidates-en';

/**
 * Chinese has no capitals or spaces, so names are found by their shape: a two-character
 * brand before an industry ending (远景 + 医疗), a family name before an honorific (李 + 总)
 * or a given name in a place a person is expected (联系人是何静, 转给王芳).
 */
const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => !!ch && HAN.test(ch);

// characters that cannot sit right before an industry ending, or begin a brand
const ADJ_STOP = new Set([...'的了个们是说在给跟把被对从向到我你他她这那有与及或也都就还要想将为新']);
const FIRST_STOP = new Set([...'的了个们是说在给跟和与把被对从向到我你他她这那有也都就还要想将为帮请让叫问查找看搜去来打通聊记加建开提跟让']);
const RIGHT_EXTENSIONS = /^(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|控股)/;
const SUFFIXES = [...ZH_COMPANY_SUFFIXES].sort((a, b) => b.length - a.length);
const SUFFIX_SET = new Set(ZH_COMPANY_SUFFIXES);

export function zhCompanies(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const overlaps = (s: number, e: number) => out.some((c) => s < c.end && c.start < e);
  for (const name of ZH_KNOWN_COMPANIES) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const ext = RIGHT_EXTENSIONS.exec(text.slice(i + name.length));
      const end = i + name.length + (ext ? ext[0].length : 0);
      if (!overlaps(i, end)) out.push(zhCandidate(text, i, end, 'zh-company', 5, 0));
    }
  }
  for (const suffix of SUFFIXES) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      let start = brandStart(text, i);
      // "明辉电子有限公司": the two characters before the legal form are an industry word, not the brand
      if (start >= 2 && SUFFIX_SET.has(text.slice(start, i))) start = brandStart(text, start);
      if (start < 0 || !isHan(text[start]) || !isHan(text[start + 1])) continue;
      if (ADJ_STOP.has(text[i - 1]) || FIRST_STOP.has(text[start]) || ZH_NOT_BRANDS.has(text.slice(start, i))) continue;
      const ext = RIGHT_EXTENSIONS.exec(text.slice(i + suffix.length));
      const end = i + suffix.length + (ext ? ext[0].length : 0);
      if (!overlaps(start, end)) out.push(zhCandidate(text, start, end, 'zh-company', 4, 0));
    }
  }
  // an unknown name with no industry ending, told apart by "那边 / 这边 / 方面" after it ("尚品那边")
  for (const m of text.matchAll(SIDE)) {
    const start = m.index + m[0].length - m[1].length - m[2].length;
    const run = m[1];
    if (ZH_NOT_BRANDS.has(run) || [...run].some((c) => FIRST_STOP.has(c) || ADJ_STOP.has(c))) continue;
    if (!overlaps(start, start + run.length)) out.push(zhCandidate(text, start, start + run.length, 'zh-company', 2, 0));
  }
  return out.sort((a, b) => a.start - b.start);
}

// characters that end the word before a brand ("列一下|星耀精密", "拜访|金穗农业")
const LEFT_EDGE = new Set([...'下问列查看找和跟与给为对把是在的了个家位访系到从向替帮请让叫及或同说讲调去跟并见约催、']);
const VERB_ENDS = new Set(['跟进', '推进', '拜访', '回访', '联系', '联络', '提醒', '查询', '咨询', '回复', '介绍', '对接', '通知', '邀请', '催促', '约见', '关于', '还有', '以及', '包括', '服务', '支持', '处理', '报价', '发给', '转给', '交给']);
const SIDE = /(?:^|[^\p{Script=Han}]|[和跟与给对帮查看问找在是的])(\p{Script=Han}{2,4}?)(那边|这边|方面)/gu;

/**
 * Where the brand before an industry ending at i starts: two characters ("远景医疗"), or three when
 * the word before them ends right there ("和百草堂药业", "百草堂药业…" at the start).
 */
function brandStart(text: string, i: number): number {
  const three = i - 3;
  if (three < 0 || !isHan(text[three]) || LEFT_EDGE.has(text[three]) || FIRST_STOP.has(text[three])) return i - 2;
  if (ZH_NOT_BRANDS.has(text.slice(three, three + 2)) || ZH_NOT_BRANDS.has(text.slice(three + 1, i))) return i - 2;
  if (VERB_ENDS.has(text.slice(three - 1, three + 1))) return i - 2; // "跟进|恒泽证券", "拜访|金穗农业"
  const before = text[three - 1];
  return three === 0 || !isHan(before) || LEFT_EDGE.has(before) || FIRST_STOP.has(before) || VERB_ENDS.has(text.slice(three - 2, three)) ? three : i - 2;
}

// "<company>的<name>": a name right after a company and 的 is that company's person
const COMPANY_BEFORE_DE = new RegExp(`(?:${SUFFIXES.join('|')}|[A-Za-z]{2,})\\s*$`);

const SURNAME = `(?:${ZH_DOUBLE_SURNAMES.join('|')}|[${ZH_SURNAMES}])`;
const HONORIFIC = new RegExp(`(${SURNAME})(${ZH_HONORIFICS.join('|')})(?!结|共|额|数|体|计|部|量|值|裁|是|之|监督|理由)`, 'gu');
const FAMILIAR = new RegExp(`[小老](?!时|于|程序|组|区|计|心|米|板|师|是|实|化|家|说|李箱)(${SURNAME})`, 'gu');
const FULL = new RegExp(`${SURNAME}`, 'gu');

// characters that do not occur in given names (function words, verbs, units, CRM nouns)
const NON_NAME = new Set([
  ...'的了是在和跟与给把被对从向到说通聊打开升换改处来去也都已还会要想让叫请问发约见个位些这那哪什么吗呢吧啊呀哦嗯就才又再很太更最不没有调现月日天周年点分秒时前后上下里外中内电话手机邮箱职位工单商机客户公司报价方案合同金额优先级高低紧急普通一二三四五六七八九十百千万元块号码需求问题系统今昨先用帮记录增加删查找看总经理监主任老师负责购采销售技术财务市场提报回',
]);
const RIGHT_OK = new Set([...'本的通聊说打开升换改调现处建来在也明新已还会负反提要想发约见是和跟与对讲问沟商谈确表回很非今明昨下上这那刚先去电手邮职吧了呢吗啊他她']);
const COMMON_WORDS = new Set(['金额', '方案', '商机', '周末', '明天', '安全', '安排', '成功', '成交', '成本', '马上', '于是', '全部', '全面', '包括', '应该', '应用', '单价', '项目', '解决', '简单', '管理', '费用', '商量', '程序', '常见', '向上', '关于', '明确', '明白', '时间', '高兴', '黄金', '石油', '路上', '雷达', '温度', '康复', '齐全', '江湖', '宁可', '尚未', '毛利', '孔子', '严重', '曾经', '任何', '任务', '许多', '许可', '万一', '范围', '方面', '方式', '方法', '方便', '王牌', '苏州', '杭州', '广州', '陆续', '周期', '周报', '周会', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '田地', '罗列', '易用', '易于', '平台', '平均', '文件', '文档', '米饭', '柳州', '叶子', '连接', '连续', '车辆', '房间', '麦克', '左右', '景气', '宁波', '卫生', '朱红', '焦点', '包装', '祝贺', '尤其', '龙头', '贺卡', '季度', '单位', '戴上', '邱', '钱包', '钱款']);
// words after which a person is expected
const PERSON_CUE = /(?:联系人(?:是|为|叫)?|对接人(?:是|为|换成|改成)?|换成|转给|交给|分配给|指派给|派给|给|跟|和|与|把|让|叫|找|问|提醒|采购|经理|总监|负责人|主任|主管|专员|助理|前台|老板|同事|工程师|CTO|CEO|CFO|CIO|COO|VP)\s*$/i;

export function zhPersons(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const overlaps = (s: number, e: number) => out.some((c) => s < c.end && c.start < e);
  for (const m of text.matchAll(HONORIFIC)) {
    if (!overlaps(m.index, m.index + m[0].length)) out.push(zhCandidate(text, m.index, m.index + m[0].length, 'zh-person', 0, 4));
  }
  for (const m of text.matchAll(FAMILIAR)) {
    if (leftCue(text, m.index) === 0) continue;
    const start = m.index + m[0].length - m[1].length - 1;
    if (!overlaps(start, start + m[1].length + 1)) out.push(zhCandidate(text, start, start + m[1].length + 1, 'zh-person', 0, 3));
  }
  for (const m of text.matchAll(FULL)) {
    const start = m.index;
    const afterSurname = start + m[0].length;
    const cue = leftCue(text, start);
    if (cue === 0 || overlaps(start, afterSurname + 1)) continue;
    const name = givenName(text, afterSurname);
    if (!name) continue;
    const full = text.slice(start, name);
    if (COMMON_WORDS.has(full) || overlaps(start, name)) continue;
    const right = text[name];
    const rightScore = right === undefined || !isHan(right) ? 1 : RIGHT_OK.has(right) ? 1 : 0;
    out.push(zhCandidate(text, start, name, 'zh-person', 0, cue + rightScore));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 3 for a person cue before, 2 after a start, space or punctuation, 1 after 的, else 0. */
function leftCue(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 8), start);
  if (PERSON_CUE.test(before)) return 3;
  const prev = text[start - 1];
  if (prev === undefined || /[\s,，、:：;；。.!！?？()（）[\]【】"“”'‘’+@]/.test(prev)) return 2;
  if (prev === '的') return COMPANY_BEFORE_DE.test(text.slice(0, start - 1)) ? 3 : 1;
  if (COMPANY_BEFORE_DE.test(text.slice(0, start)) && isHan(prev)) return 2; // "东方证券陈刚"

  return 0;
}

/** End index of a one- or two-character given name starting at i, or 0 when there is none. */
function givenName(text: string, i: number): number {
  const a = text[i];
  const b = text[i + 1];
  const c = text[i + 2];
  if (!isHan(a) || NON_NAME.has(a)) return 0;
  if (isHan(b) && !NON_NAME.has(b) && (!isHan(c) || RIGHT_OK.has(c))) return i + 2;
  if (!isHan(b) || RIGHT_OK.has(b)) return i + 1;
  return 0;
}

function zhCandidate(text: string, start: number, end: number, source: NameCandidate['source'], companyHint: number, personHint: number): NameCandidate {
  return { text: text.slice(start, end), start, end, source, possessive: false, companyHint, personHint };
}

const LATIN = String.raw`([A-Za-z][A-Za-z0-9&.'\- ]{0,40}?[A-Za-z0-9.])`;
const LATIN_BEFORE = new RegExp(String.raw`(?:给|跟|和|与|为|替|帮|是|：|:)\s*${LATIN}\s*(?=那边|这边|的|打|开|通|聊|说|最近|目前|现在|还有|有没有|有几|有哪些|之间|上次|最后|近期|这个|这家|，|,|。|$)`, 'g');
const LATIN_AFTER = new RegExp(String.raw`${LATIN}\s*(?=那边|这边|公司|方面)`, 'g');

/** Latin names typed in lower case inside Chinese ("给 zenwave 打了个电话", "orchid pay 那边"). */
export function latinInZh(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const re of [LATIN_BEFORE, LATIN_AFTER]) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ text: m[1], start, end: start + m[1].length, source: 'lower', possessive: false, companyHint: 0, personHint: 0 });
    }
  }
  return out;
}
