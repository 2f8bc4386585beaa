import { speakerPattern } from './speaker-sides';

/**
 * Competitors and products named in a call, found by how they are talked about ("a quote from X",
 * "X came in cheaper", "moving to X", "X那边", "X的销售") rather than from a list of vendors, so
 * names the code has never seen are found and names nobody said are never invented.
 */
export interface Mentions {
  competitors: string[];
  products: string[];
}

// A proper name: capitalised words or words with digits/inner capitals ("WP Engine", "ON24", "HubSpot").
const NAME = String.raw`((?:[A-Z](?:[\w&+-]|\.(?=\w))*|[a-z]+[A-Z]\w*|[A-Z0-9]{2,}\w*)(?:\s(?:[A-Z][\w&+-]*|[A-Z0-9]{2,}))*)`;
const COMPETITOR_EN: RegExp[] = [
  new RegExp(String.raw`\b(?:quotes?|proposal|offer|bid|pricing|demo|pitch|call)s? from ${NAME}`, 'g'),
  new RegExp(String.raw`${NAME}(?:'s)? (?:came in|is|was|were|are|seems?|looked|looks|quoted|offered)(?: (?:a lot|much|way|quite a bit|a bit|slightly|also|even))? (?:cheaper|less expensive|lower|better|faster|easier)`, 'g'),
  new RegExp(String.raw`\b(?:cheaper|better|more expensive|more|less|faster|slower|easier) than ${NAME}`, 'g'),
  new RegExp(String.raw`${NAME} (?:quoted|offered|priced|pitched)(?: (?:us|them|it|me))?(?: \w+){0,3} (?:less|lower|cheaper|under|below|similar|comparable)\b`, 'g'),
  new RegExp(String.raw`${NAME} (?:has|have|had|is|was|were|are|kept|keeps)? ?(?:been )?(?:calling|pitching|pitched|reaching out|chasing|courting|called)\b`, 'g'),
  new RegExp(String.raw`\b(?:had|got|have|saw) ${NAME} (?:pitch|demo|present|come in|quote)`, 'g'),
  new RegExp(String.raw`\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?|went|jump(?:ing)?|leav(?:e|ing) (?:you )?for) (?:over )?to ${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:looking at|evaluating|considering|talking to|talked to|trialling|trialing|testing|comparing(?: you (?:to|with))?|benchmarking|piloting) ${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:compared (?:to|with)|versus|vs\.?|against|instead of|rather than|competitor,?|alternative,?|alternatives like|such as) ${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:[Ww]ith|[Ff]rom|[Uu]sing) ${NAME},? (?:we|you|they)(?: were| had|'d| would| are| used to)\b`, 'g'),
  new RegExp(String.raw`\b(?:used to use|currently use|currently on|still on|were on|came from|back to) ${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:old|previous|current|existing|other|former) (?:system|vendor|provider|tool|platform|crm|solution|supplier),? ${NAME}`, 'gi'),
];
const PRODUCT_EN: RegExp[] = [
  new RegExp(String.raw`${NAME} (?:sync|integration|add-on|addon|app|platform|plan|licen[cs]es?|module|feature|api|dashboard|software|suite|edition|tier|reports?|logs?|sensors?|gateway|subscription)\b`, 'g'),
  new RegExp(String.raw`\b(?:check-in|onboarding|rollout|renewal|upgrade|account|instance|workspace|licen[cs]es?) (?:for [\w ]+ )?(?:on|of|for) ${NAME}`, 'g'),
];
const ZH_NAME = String.raw`([A-Za-z0-9\p{Script=Han}]{2,8}?)`;
const ZH_LEAD = String.raw`(?:^|[，。、；！？,.;!?：:\s]|但是|而且|不过|还有|另外|像|比如|其实|包括)`;
const COMPETITOR_ZH: RegExp[] = [
  new RegExp(String.raw`${ZH_LEAD}${ZH_NAME}(?:那边|那家|的销售|的报价|报价比|比你们|比咱们|我们也在|也在问|也在谈|也来|来找|在找)`, 'gu'),
  new RegExp(String.raw`(?:换成|换到|转到|迁到|迁移到|改用|选择了|用的是|对比)${ZH_NAME}(?:比|的|那边|[，。,.；])`, 'gu'),
];
const PRODUCT_ZH: RegExp[] = [
  new RegExp(String.raw`${ZH_LEAD}${ZH_NAME}(?:那个|这个)?(?:功能|系统|平台|模块|产品|套餐|版本|服务)`, 'gu'),
  new RegExp(String.raw`我是${ZH_NAME}的`, 'gu'),
];

const NOT_A_NAME = new Set(
  `I I'm I'd I'll I've We We're You They It It's That This There The A An And But So Or If Then Yes Yeah No Okay OK Sure Right Well
  Hi Hello Hey Thanks Thank Great Perfect Good Fine Honestly Actually Look Also Just Oh Um Uh Second Third First Last Next Our Your Their
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December Black Mr Mrs Ms Dr Prof Everyone Nobody Somebody Someone Anyone Wi-Fi`.split(/\s+/),
);
const NOT_A_NAME_ZH = /^(?:我|你|他|她|它|这|那|咱|您|大家|客户|公司|对方|友商|竞品|别人|他们|我们|你们|其他|其它|现在|之前|去年|今年|明年|一个|这个|那个|价格|报价|费用|合同|方案|产品|服务|项目|问题)/u;

// Function words never occur inside a brand name; a candidate holding one is a phrase.
const NOT_IN_NAME_ZH = /[的了是在都就也很还又把被给让对从向和跟我你他她您]/u;

function cleanName(raw: string): string | undefined {
  const words = raw.trim().replace(/[.,;:!?'’]+$/, '').split(/\s+/);
  while (words.length && NOT_A_NAME.has(words[0]!)) words.shift();
  while (words.length && NOT_A_NAME.has(words[words.length - 1]!)) words.pop();
  const name = words.join(' ');
  if (!name || name.length < 2 || /^\d+$/.test(name)) return undefined;
  return name;
}

/** Capitalised words seen after the start of a sentence: a capital there marks a name, not grammar. */
function midSentenceCapitals(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?:]\s|^|\n)(?<=[\w,;'’)\]-]\s)([A-Z][\w-]*)/gm)) out.add(m[1]!);
  return out;
}

const looksLikeName = (word: string): boolean => /\d|^[A-Z]{2,}|[a-z][A-Z]/.test(word);

function collect(text: string, patterns: RegExp[], zh: boolean, exclude: (n: string) => boolean): string[] {
  const out: string[] = [];
  const mid = zh ? new Set<string>() : midSentenceCapitals(text);
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const name = zh ? m[1]?.trim() : cleanName(m[1] ?? '');
      if (!name || exclude(name)) continue;
      const head = name.split(/\s+/)[0]!;
      if (!zh && !mid.has(head) && !looksLikeName(head)) continue; // a capital that only starts sentences
      if (zh && (NOT_A_NAME_ZH.test(name) || NOT_IN_NAME_ZH.test(name) || !/[\p{Script=Han}A-Za-z]{2}/u.test(name))) continue;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    }
  }
  return out;
}

/** Competitors and products said in the call, each once, in first-mentioned order. */
export function extractMentions(text: string, speakers: readonly string[], language: 'en' | 'zh'): Mentions {
  const speakerRes = speakers.map(speakerPattern);
  const isSpeaker = (n: string): boolean => speakerRes.some((re) => re.test(n) && n.split(/\s+/).length <= 2);
  const lines = text.split('\n').map((l) => l.replace(/^[^:：]{1,40}[:：]\s*/, ''));
  const body = lines.join('\n');
  const zh = language === 'zh';
  let competitors = collect(body, COMPETITOR_EN, false, isSpeaker);
  let products = collect(body, PRODUCT_EN, false, isSpeaker);
  if (zh || /\p{Script=Han}/u.test(body)) {
    competitors = [...competitors, ...collect(body, COMPETITOR_ZH, true, isSpeaker)];
    products = [...products, ...collect(body, PRODUCT_ZH, true, isSpeaker)];
  }
  // A name said as both is a competitor; keep the longer form when one contains the other ("Zoom Webinars" / "Zoom").
  products = products.filter((p) => !competitors.some((c) => c.toLowerCase().includes(p.toLowerCase()) || p.toLowerCase().includes(c.toLowerCase())));
  return { competitors: dedupeNested(competitors), products: dedupeNested(products) };
}

function dedupeNested(names: string[]): string[] {
  return names.filter((n) => !names.some((o) => o !== n && o.toLowerCase().startsWith(n.toLowerCase() + ' ')));
}
