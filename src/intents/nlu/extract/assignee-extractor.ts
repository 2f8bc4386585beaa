import type { IntentName } from '../../../shared/contract/contract';
import { FIRST_NAMES, ZH_DOUBLE_SURNAMES, ZH_SURNAMES } from '../lexicon/person-names';
import { STOP_WORDS } from '../lexicon/stop-words';
import { zhPersons } from './name-candidates-zh';
import { normaliseTypos } from '../classify/typo-normaliser';

const MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
const NOT_A_PERSON = /^(?:high|low|normal|medium|urgent|critical|pending|resolved|closed|open|on|hold|p[1-4]|the|a|an|it|this|that|ticket|tickets|them|him|her|us|you|we|they|support|sales|team|everyone|anyone|anybody|someone|people|reps|agents|eng|engineering|product|marketing|legal|finance|tomorrow|today|friday|monday|tuesday|wednesday|thursday)$/i;
// a Chinese name is two or three characters; the third only when a word boundary follows ("转给王芳处理")
const HAN_NAME = String.raw`[\p{Script=Han}]{2,3}?(?=处理|跟进|负责|看|跟|来|去|吧|了|$|[，。,.\s!！?？])|[\p{Script=Han}]{2}`;
const NAME = String.raw`(<@[UW][A-Z0-9]+(?:\|[^>]*)?>|me|myself|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|[a-z][\w'-]+|${HAN_NAME})`;

const GROUP_WORDS = /^(?:rep|reps|owner|owners|team|teams|stage|stages|region|regions|priority|type|kind|person|month|week|quarter|year|day|region|q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end|eod|close)$/i;
const ME_WORDS = /^(?:me|myself|i|我)$/i;
const norm = (who: string) => (ME_WORDS.test(who) ? 'me' : who);

/** A Chinese assignee starts with a family name (王芳) or 小/老 and one (小林); "一下" or "大家" is not one. */
function plausibleHanName(who: string): boolean {
  if (!/^\p{Script=Han}/u.test(who) || who === '我') return true;
  const body = /^[小老]/.test(who) && who.length === 2 ? who.slice(1) : who;
  return ZH_SURNAMES.includes(body[0]) || ZH_DOUBLE_SURNAMES.some((s) => body.startsWith(s));
}

function firstMatch(text: string, patterns: RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    if (m[1] === undefined) return 'me';
    // a case-insensitive match may run on into the next word ("Priyanka to")
    const words = m[1].trim().split(/\s+/);
    while (words.length > 1 && STOP_WORDS.has(words[words.length - 1].toLowerCase())) words.pop();
    const who = words.join(' ');
    if (!NOT_A_PERSON.test(who) && plausibleHanName(who)) return norm(who);
  }
  return undefined;
}

/** Who a ticket is (re)assigned to: "assign #4388 to Kenji", "i'll take #4512", "转给王芳", "我来跟". */
function ticketAssignee(text: string): string | undefined {
  return firstMatch(text, [
    new RegExp(String.raw`\b(?:assign|reassign|give|hand|pass|route|transfer|send)\b[^.;!?]{0,30}?\bto\s+${NAME}`, 'iu'),
    new RegExp(String.raw`\bassign(?:ed)?\s+(?!to\b|ticket|it\b|this|that|#|\d)${NAME}`, 'iu'),
    // "7022 -> <@U09AGENT1>": a mention after an arrow or "to" is the new owner
    new RegExp(String.raw`(?:->|→|=>|\bto\b)\s*(<@[UW][A-Z0-9]+(?:\|[^>]*)?>)`, 'u'),
    /\bi(?:'|’)?ll\s+(?:take|handle|own|grab|pick\s+up|look\s+at)\b|\bassign(?:\s+it)?\s+to\s+me\b|\bi(?:'|’)?m\s+(?:on|taking)\s+(?:it|this|#)/i,
    new RegExp(String.raw`(?:转给|交给|分配给|指派给|派给|转交给|分给|给到|(?:负责人|处理人|跟进人|assignee|owner)\s*(?:换成|改成|改为|设为|设成|是|为|:|：|to))\s*${NAME}`, 'u'),
    /我来(?:跟|处理|负责|看|搞|接|跟进)?|我跟进|归我|我负责/,
  ]);
}

/** Who a task is for: "remind me", "reminder for <@U…>", "task for Kenji:", "给王芳建个任务", "提醒我". */
function taskAssignee(text: string): string | undefined {
  if (/\bremind\s+me\b/.test(normaliseTypos(text))) return 'me';
  return firstMatch(text, [
    /\bremind\s+me\b|\bmy\s+(?:task|todo|to-do|reminder)\b|提醒我|我的待办|给我(?:建|加|设)(?:个|一个)?(?:任务|待办|提醒)/i,
    new RegExp(String.raw`\bremind\s+${NAME}`, 'u'),
    new RegExp(String.raw`\b(?:task|reminder|todo|to-do)\s+for\s+${NAME}`, 'iu'),
    new RegExp(String.raw`\bassign(?:ed)?\s+(?:it\s+)?to\s+${NAME}`, 'iu'),
    new RegExp(String.raw`(?:给|帮|让|叫)\s*${NAME}\s*(?:建|创建|安排|布置|加|设)(?:个|一个)?(?:任务|待办|提醒)`, 'u'),
    new RegExp(String.raw`提醒(?:一下)?\s*${NAME}`, 'u'),
    new RegExp(String.raw`^(?:让|叫|请|麻烦)\s*${NAME}`, 'u'),
  ]);
}

/** Whose numbers a KPI asks about: "my win rate", "did Jonas log", "小林这周解决了几个工单". */
function kpiAssignee(text: string): string | undefined {
  const mention = MENTION.exec(text);
  if (mention) return mention[0];
  if (/\b(?:i|my|mine|i've|i'm|i'd)\b|\bfor\s+me\b/i.test(text)) return 'me';
  if (/(?<![帮给让跟替叫和])我(?!们)/.test(text)) return 'me';
  const did = /\b(?:did|has|have|does|is|was)\s+([A-Za-z][\w'-]*)\s+(?:log|logged|close|closed|win|won|make|made|book|booked|resolve|resolved|handle|handled|create|created|open|opened|have|bring|brought|sign|signed|do|done|get|got)\b/i.exec(text);
  if (did && !NOT_A_PERSON.test(did[1]) && !/^(?:we|you|they|i|he|she|it|our|your|their|anyone|everyone|support|sales|the|team)$/i.test(did[1])) {
    return did[1];
  }
  const by = /\bby\s+([A-Z][a-z]+|[a-z]+)\b/.exec(text);
  if (by && (/^[A-Z]/.test(by[1]) ? !GROUP_WORDS.test(by[1]) : FIRST_NAMES.has(by[1]))) return by[1];
  const doing = /\bhow(?:'s|’s|\s+is|\s+was)\s+([A-Z][a-z]+)\s+doing\b/.exec(text);
  if (doing && !GROUP_WORDS.test(doing[1])) return doing[1];
  // "win % for Carlos in Q2": a capitalised first name after "for" is whose numbers
  const forWho = /\bfor\s+([A-Z][a-z]+)\b(?!\s+[A-Z])/.exec(text);
  if (forWho && FIRST_NAMES.has(forWho[1].toLowerCase()) && !GROUP_WORDS.test(forWho[1])) return forWho[1];
  const poss = /\b((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)(?:'|’)s\s+(?:win|pipeline|deals?|calls?|activities|tickets?|numbers|revenue|quota|close)/.exec(text);
  if (poss) {
    // "Ethan Pierce's win rate" is the full name; "Show Dana's" starts with a verb, not a first name
    const words = poss[1].split(/\s+/);
    return words.length > 1 && (STOP_WORDS.has(words[0].toLowerCase()) || /^(?:show|give|get|list|pull|tell|check|compare|what|how)$/i.test(words[0])) ? words[1] : poss[1];
  }
  const zh = zhPersons(text).find((p) => p.start <= 1 || /^(?:的|这|本|上|今|去|在|一共)/.test(text.slice(p.end, p.end + 1)));
  return zh?.text;
}

export function findAssignee(text: string, intent: IntentName): string | undefined {
  if (intent === 'ticket.update') return ticketAssignee(text);
  if (intent === 'task.create') return taskAssignee(text) ?? MENTION.exec(text)?.[0];
  if (intent === 'kpi.query') return kpiAssignee(text);
  return undefined;
}
