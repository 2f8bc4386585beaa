import { ZH_COMPANY_SUFFIXES } from '../lexicon/company-words';
import { ZH_SURNAMES } from '../lexicon/person-names';
import { zhCompanies } from './name-candidates-zh';

export interface TitleMatch {
  title: string;
  index: number;
  end: number;
}

// job titles that stand alone; the softer ones (lead, manager, owner) need a word before them
const STRONG = String.raw`head\s+of|director|vp|vice\s+president|president|founder|co-?founder|chief\s+\w+\s+officer|cto|ceo|cfo|cio|coo|cmo|cro|ciso|cpo|svp|evp|gm|general\s+manager|managing\s+director|partner|principal`;
const SOFT = String.raw`manager|lead|officer|engineer|architect|buyer|analyst|consultant|specialist|coordinator|administrator|admin|owner|executive|counsel|controller|supervisor|representative|rep`;
const MODIFIER = String.raw`senior|sr\.?|junior|jr\.?|finance|financial|procurement|purchasing|it|ops|operations|sales|marketing|engineering|product|technical|tech|hr|people|security|data|legal|customer|support|regional|global|national|account|accounts|program|project|office|executive|deputy|assistant|associate|lead|chief|general|managing|digital|infrastructure|platform|software|design|growth|business|development|revenue|commercial|strategy|partnerships|partner|procurement|supply\s+chain|logistics|facilities|training|quality|research|clinical|medical|it\s+security|devops|cloud|network|systems|information|communications|brand|content|creative|category|channel|success|service|services|training|learning|talent|recruiting|payroll|treasury|tax|compliance|risk|audit|investor\s+relations|plant|store|branch|site|country|area|district|fleet|warehouse|production|factory|field|department|office`;

const EN_TITLE = new RegExp(
  String.raw`\b(?:(?:${MODIFIER})\s+){0,3}(?:${STRONG})(?:\s+(?:of|for)\s+(?:[A-Z][\w&]*|${MODIFIER})(?:\s+(?:&|and)\s+[A-Z][\w&]*)?|(?:\s+(?:${MODIFIER})(?![\w])){1,2})?\b|\b(?:(?:${MODIFIER})\s+){1,3}(?:${SOFT})\b`,
  'gi',
);
const ZH_TITLE_CORE = '总监|经理|主任|负责人|总裁|副总裁|副总|主管|专员|工程师|总经理|董事长|董事|助理|顾问|架构师|合伙人|CEO|CTO|CFO|CIO|COO|CMO|VP';
const ZH_TITLE = new RegExp(String.raw`([A-Za-z]{2,5}|[\p{Script=Han}]{1,4}?)?(${ZH_TITLE_CORE})(?![\p{Script=Han}]?的|[\p{Script=Han}]了|了解)`, 'gu');
const ZH_PREFIX_STOP = /^[的是为成了个新和跟与给把我他她]|[的是为成了个和跟与给把]/u;

/** Job titles: "head of IT", "VP Ops", "Finance Director", "市场总监", "信息科主任", "现在是CIO". */
const MAYBE_TITLE = /head|director|vp|vice|president|founder|officer|chief|c[a-z]o\b|gm|partner|principal|manager|lead|engineer|architect|buyer|analyst|consultant|specialist|coordinator|admin|owner|executive|counsel|controller|supervisor|rep/i;

export function findTitles(text: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  if (!MAYBE_TITLE.test(text) && !/\p{Script=Han}/u.test(text)) return out;
  for (const m of text.matchAll(EN_TITLE)) {
    const t = m[0].trim();
    if (/^(?:rep|owner|admin)$/i.test(t)) continue;
    out.push({ title: t, index: m.index, end: m.index + m[0].length });
  }
  if (/\p{Script=Han}/u.test(text)) {
    const companies = zhCompanies(text);
    for (const m of text.matchAll(ZH_TITLE)) {
      let prefix = m[1] ?? '';
      if (/^[A-Za-z]/.test(prefix) === false && prefix) {
        // keep only the part after the last word that cannot be in a title ("海川食品的市场总监" → 市场总监)
        const cut = prefix.search(ZH_PREFIX_STOP);
        if (cut >= 0) prefix = prefix.slice(cut + 1).replace(ZH_PREFIX_STOP, '');
      }
      // a company name can run straight into the title ("远航物流财务总监"): cut after its ending
      for (const suffix of ZH_COMPANY_SUFFIXES) {
        const at = prefix.lastIndexOf(suffix);
        if (at >= 0) prefix = prefix.slice(at + suffix.length);
      }
      // nor can the end of a company name found on its own ("金穗农业市场部经理")
      const prefixStart = m.index + m[0].length - prefix.length - m[2].length;
      const company = companies.find((c) => c.start < prefixStart + prefix.length && c.end > prefixStart);
      if (company) prefix = prefix.slice(Math.max(0, company.end - prefixStart));
      const core = m[2];
      if (/^[\p{Script=Han}]$/u.test(prefix) && ZH_SURNAMES.includes(prefix)) continue; // 陈经理 is a person
      const start = m.index + (m[0].length - prefix.length - core.length);
      if (out.some((o) => start < o.end && o.index < start + prefix.length + core.length)) continue;
      out.push({ title: prefix + core, index: start, end: start + prefix.length + core.length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
