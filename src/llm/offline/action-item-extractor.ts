import type { ActionItem } from '../llm-port';
import { resolveDue, TIME_WORDS } from './due-date-resolver';
import { findSpeaker, speakerPattern } from './speaker-sides';
import type { ParsedTranscript, Sentence } from './transcript-parser';

/**
 * Commitments made in a call ("I'll send…", "we're going to…", "let me…", "Diego's team will…",
 * "我来…", "我今天下午把…发给你", "下周三之前给你答复"), each with its owner (the speaker, or the
 * person named) and its due date when the call's date is known.
 */
export interface FoundAction extends ActionItem {
  sentence: number;
  turn: number;
  /** The deadline as said ("by Thursday", "下周三"). */
  duePhrase?: string;
}

// English: a subject, a modal of intent, then the verb phrase (group "vp").
const EN_COMMIT =
  /\b(?<subj>I|[Ww]e|[A-Z][a-z]+(?:'s team)?),?(?<modal>'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna| can|'d| would)\s+(?:also |then |just |definitely |personally |happily |certainly |first |now |quickly |go ahead and |make sure (?:to |that )?)*(?<vp>[a-z][\s\S]*)$/;
const LET_ME = /\b(?:let me|let's|lemme)\s+(?<vp>[a-z][\s\S]*)$/i;
const NEVER_COMMIT =
  /^(?:be(?!\s+(?:sending|in touch|there|ready))\b|see\b|need|want|wanna|admit|bet|guess|say|tell you|tell me|think|wait|hear|imagine|understand|assume|agree|know|have to|love|like|prefer|suggest|recommend|start|explain|recap|clarify|ask|jump|stop|leave it|let you go|take (?:that|this|it) as|only|probably|maybe|not|never|rather|hope|mean|go ahead\b[.,!]|use \d|get (?:into|started|going|on with|to it)|move on|look at (?:going|switching|moving|other|alternatives)|consider|reconsider|think about|dive in|begin|it\b|that\b|this\b|they\b|he\b|she\b|you\b|we\b|i\b|there\b|do (?:that|this|it)?[\s]*[—–:,.!-]|do$)/i;
// "let's" and "I'd" commit only with a verb of doing (and "I'd" also needs a deadline).
const DOING = /^(?:send|share|get|bring|ship|schedule|set up|book|call|email|forward|follow up|prepare|draft|review|check|confirm|update|fix|submit|switch|turn|count|export|deliver|include|arrange|organi[sz]e|look into|loop|introduce|put together|write|provide|give|invite|pass|raise|run|test|order|reach out|escalate|create|add|sort out|take|walk|meet|sync|circle back|go over|finali[sz]e|sign|approve|send over|talk to|speak to|present|demo|install|enable|restore|investigate|deploy|migrate|map|configure|train|onboard|hand|compile|collect|gather|pull|do a|do the)\b/i;
const CONDITION = /^(?:(?:and|so|but|okay|ok|then|now)[,\s]+)*((?:if|once|when|after|as soon as|before)\b[^,]*),/i;
const GIVE_YOU = /^(send|get|give|email|forward|show|bring|ship|mail|text|pass)\s+you\s+/i;
const PRONOUN_ONLY = /^\w+(?:\s+\w+)?\s+(?:it|that|this|them|those|these)\b[\s\S]{0,20}$/i;

const ZH_SUBJECT = /(?<![跟给和对向找帮让把被替与同问])(?:我们这边|我这边|我们|我来|我)(?!的)/u;
const ZH_ACTION =
  /发(?!过)|给您|给你|整理|准备|安排|挑|选出|试用|评估|组织|汇总|(?<![续合签大节制预])约(?!定)|预约|改|恢复|通知|提供|处理|跟进|联系|演示|申请|答复|回复|确认|列|提交|寄|上传|更新|检查|排查|修复|解决|汇报|对接|协调|开通|配置|调整|测试|上线|补|退|送|回电|核实|核对|统计|反馈|同步|落实|推进|上门|派|做一|写|出一|拉群|预约|转给|转交/u;
const ZH_MARKER =
  /会|来|先|我去|去(?:做|发|找|问|跟|安排|处理|看)|马上|尽快|稍后|回头|第一时间|今天|今晚|今日|明天|后天|这周|本周|下周|月底|之前|以前|前给|给您|给你|发给|可以|负责|争取|保证|一定|把|等/u;
const ZH_NEVER = /说一下|说实话|补充一下|跟你说|直说|问一下|介绍一下|讲一下|说一声|正在|在尝试|[不没别未]|无法|难|吗/u;
const ZH_TIME = /今天|今晚|今日|明天|后天|这周|本周|下周|周[一二三四五六日天]|月底|之前|以前|马上|尽快|第一时间/u;
const ZH_LEAD = /^(?:好的|好|可以的|可以|那这样|那|嗯|对|行|没问题|这样|然后|另外|还有|有的)[，,。\s]*/u;

interface Hit {
  text: string;
  owner?: string;
  /** The words a deadline may be said in. */
  dueScope: string;
}

/** "Switch that on today": a task that only points back at one said just before. */
const isPronounOnly = (text: string): boolean => PRONOUN_ONLY.test(text.replace(/\s*[(（].*[)）]$/u, ''));

const NOT_A_PERSON = /^(?:It|That|This|There|They|He|She|You|Which|What|Who|Everything|Nothing|Something|Everyone|Nobody|Someone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Then|So|And|But|Or|If|When|Once|Now|Next|Also|Okay|Yes|No|Sure|Great|Perfect|Right|Well|Honestly)$/;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const trimEnd = (s: string): string => s.replace(/[\s,;:—–-]+$/, '').trim();

function englishAction(s: Sentence, speakers: readonly string[]): Hit | undefined {
  if (/\?\s*$/.test(s.text)) return undefined;
  const condition = CONDITION.exec(s.text)?.[1];
  for (let from = 0; from < s.text.length; ) {
    const rest = s.text.slice(from);
    const m = EN_COMMIT.exec(rest) ?? LET_ME.exec(rest);
    if (!m?.groups) return undefined;
    const at = from + m.index;
    from = at + 1;
    const { subj, modal, vp } = m.groups as { subj?: string; modal?: string; vp: string };
    let owner = s.speaker;
    let namedNonSpeaker = false;
    if (subj && subj !== 'I' && subj.toLowerCase() !== 'we') {
      const named = speakers.find((sp) => speakerPattern(sp).test(subj));
      const person = subj.replace(/'s team$/, '');
      // "It will…", "That'll…" are not people; a name said mid-sentence ("our lead, Omar, will…") is.
      if (!named && (NOT_A_PERSON.test(person) || at === 0 || !/[,\s]$/.test(s.text.slice(0, at)))) continue;
      owner = named ?? person;
      namedNonSpeaker = !named;
    }
    // An aside after a dash ("— they're retraining the model this quarter") is not part of the task.
    const phrase = trimEnd(vp.replace(/\s[—–]\s[^—–]*\s[—–]\s/g, ' ').replace(/\s[—–]\s[\s\S]*$/, '').replace(/[.!。]+$/, ''));
    if (NEVER_COMMIT.test(phrase) || phrase.split(/\s+/).length < 2) continue;
    const isLetUs = !modal && /\blet's\b/i.test(m[0]);
    const conditional = modal === "'d" || modal === ' would';
    // "let's", "I'd" and "I can" commit only with a verb of doing ("I can do 10% off" is an offer).
    if ((isLetUs || conditional || modal === ' can' || namedNonSpeaker) && !DOING.test(phrase)) continue;
    if (conditional && !(TIME_WORDS.test(phrase) && resolveDue(phrase, 'en'))) continue;
    let text = capitalise(phrase.replace(GIVE_YOU, '$1 '));
    if (condition && !text.toLowerCase().includes(condition.toLowerCase())) text += ` (${condition.charAt(0).toLowerCase()}${condition.slice(1)})`;
    return { text, owner, dueScope: `${s.text.slice(0, at)} ${phrase}` };
  }
  return undefined;
}

function chineseAction(s: Sentence, speakers: readonly string[]): Hit | undefined {
  if (/[?？]\s*$|吗[。！]?\s*$/.test(s.text)) return undefined;
  const clauses = s.text.split(/(?<=[，,；;：:])/u);
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const subject = ZH_SUBJECT.exec(clause);
    const named = findSpeaker(clause, speakers);
    const namedSubject = named && new RegExp(`(?:${speakerPattern(named).source})(?:会|来|负责|去|这边)`, 'u').test(clause);
    // A subject's clause may end before its verb ("我们内部评估一下，月底之前给你们答复").
    const next = clauses[i + 1] ?? '';
    const nextIsOwn = subject && next && !ZH_SUBJECT.test(next) && !findSpeaker(next, speakers);
    const scope = subject ? clause.slice(subject.index) + (nextIsOwn ? next : '') : clause;
    if (!ZH_ACTION.test(scope) || !ZH_MARKER.test(scope)) continue;
    if (!subject && !namedSubject && !(ZH_TIME.test(clause) && /可以|会|就|能|马上/u.test(clause))) continue;
    const own = subject ? scope : clause;
    if (ZH_NEVER.test(own.replace(/不会|不用|没问题/gu, ''))) continue;
    // Keep a deadline said in the clause before ("这周五之前，我给您…").
    const start = i > 0 && ZH_TIME.test(clauses[i - 1]!) && !ZH_SUBJECT.test(clauses[i - 1]!) ? i - 1 : i;
    const text = trimEnd(clauses.slice(start).join('').replace(ZH_LEAD, '').replace(/[。！!]+$/u, '')).replace(/^(?:我们|我)(?=[^们])/u, '');
    return { text, owner: namedSubject && !subject ? named : s.speaker, dueScope: s.text };
  }
  return undefined;
}

export function extractActionItems(
  parsed: ParsedTranscript,
  language: 'en' | 'zh',
  opts: { now?: Date; tz?: string } = {},
): FoundAction[] {
  const found: FoundAction[] = [];
  for (const s of parsed.sentences) {
    const hasHan = /\p{Script=Han}/u.test(s.text);
    const hit = hasHan ? chineseAction(s, parsed.speakers) : englishAction(s, parsed.speakers);
    if (!hit) continue;
    const due = TIME_WORDS.test(hit.dueScope) ? resolveDue(hit.dueScope, hasHan ? 'zh' : language, opts.now, opts.tz) : undefined;
    const item: FoundAction = { text: hit.text, owner: hit.owner, due: due?.date, duePhrase: due?.phrase, sentence: s.index, turn: s.turn };
    if (due && !item.text.includes(due.phrase)) item.text += hasHan ? `（${due.phrase}）` : ` (${due.phrase})`;
    const prev = found[found.length - 1];
    const asked = isPronounOnly(item.text) ? lastQuestionBefore(parsed, item.turn) : undefined;
    if (asked) item.text += hasHan ? `（回应：${asked}）` : ` (re: "${asked}")`;
    const sameTask = prev && prev.owner === item.owner && (prev.turn === item.turn || (!asked && item.turn - prev.turn <= 2 && isPronounOnly(item.text)));
    if (prev && sameTask) {
      found[found.length - 1] = mergeActions(prev, item, hasHan);
    } else {
      found.push(item);
    }
  }
  return found;
}

/** "Can you send the docs?" — "Sure, I'll email them tonight": the question says what "them" is. */
function lastQuestionBefore(parsed: ParsedTranscript, turn: number): string | undefined {
  const prev = parsed.turns[turn - 1];
  if (!prev) return undefined;
  return parsed.sentences.filter((s) => s.turn === prev.index && /[?？]\s*$/.test(s.text)).pop()?.text;
}

/** Two commitments by one person in one turn are one task; a bare "I'll do that by Friday" just adds its date. */
function mergeActions(a: FoundAction, b: FoundAction, zh: boolean): FoundAction {
  const due = a.due ?? b.due;
  const duePhrase = a.duePhrase ?? b.duePhrase;
  if (isPronounOnly(b.text)) {
    const addWhen = !a.duePhrase && b.duePhrase && !a.text.includes(b.duePhrase);
    return { ...a, due, duePhrase, text: addWhen ? `${a.text}${zh ? `（${b.duePhrase}）` : ` (${b.duePhrase})`}` : a.text };
  }
  if (isPronounOnly(a.text)) return { ...b, due, duePhrase };
  const joined = zh ? `${a.text}；${b.text}` : `${a.text}; ${b.text.charAt(0).toLowerCase()}${b.text.slice(1)}`;
  return { ...a, text: joined, due, duePhrase };
}
