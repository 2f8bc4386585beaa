/**
 * Scores understand() on a labelled JSONL set the way shared/eval/score_nlu.py does, with a
 * confusion table and per-key accuracy. Usage:
 *   npx tsx scripts/eval-nlu.ts FILE.jsonl [--min-intent X] [--min-entity Y] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { understand } from '../src/intents/nlu';

interface Gold {
  id: string;
  text: string;
  now?: string;
  tz?: string;
  lang?: string;
  intent: string;
  entities: Record<string, unknown>;
}

function norm(v: unknown): unknown {
  // like the official scorer (Python's Unicode \W): strip leading/trailing non-letters, non-digits
  if (typeof v === 'string') return v.trim().toLowerCase().replace(/^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu, '');
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}
const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

function arg(name: string): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : 0;
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: eval-nlu.ts FILE.jsonl [--min-intent X] [--min-entity Y] [--verbose]\n');
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const gold: Gold[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  let okIntent = 0;
  let slots = 0;
  let okSlots = 0;
  const confusion = new Map<string, number>();
  const perKey = new Map<string, [number, number]>();
  const perLang = new Map<string, [number, number]>();
  for (const g of gold) {
    const r = understand(g.text, { now: g.now ? new Date(g.now) : new Date(), tz: g.tz ?? 'UTC', region: 'US' });
    const lang = perLang.get(g.lang ?? '?') ?? [0, 0];
    lang[1]++;
    if (r.intent === g.intent) {
      okIntent++;
      lang[0]++;
    } else {
      const k = `${g.intent} -> ${r.intent}`;
      confusion.set(k, (confusion.get(k) ?? 0) + 1);
      if (verbose) console.log(`  ${g.id} intent ${g.intent} -> ${r.intent} (${r.confidence}): ${g.text.split('\n')[0]}`);
    }
    perLang.set(g.lang ?? '?', lang);
    for (const [k, v] of Object.entries(g.entities)) {
      slots++;
      const kk = perKey.get(k) ?? [0, 0];
      kk[1]++;
      const got = (r.entities as Record<string, unknown>)[k];
      if (got !== undefined && same(got, v)) {
        okSlots++;
        kk[0]++;
      } else if (verbose) console.log(`  ${g.id} ${k}: ${JSON.stringify(v)} -> ${JSON.stringify(got)}  | ${g.text.split('\n')[0]}`);
      perKey.set(k, kk);
    }
  }
  const ia = okIntent / gold.length;
  const ea = slots ? okSlots / slots : 0;
  console.log(`lines ${gold.length}`);
  for (const [lang, [ok, n]] of perLang) console.log(`  intent accuracy [${lang}] ${(ok / n).toFixed(3)} (${n})`);
  console.log('confusions (gold -> predicted):');
  for (const [k, c] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${c}`);
  console.log('per entity key:');
  for (const [k, [ok, n]] of [...perKey].sort()) console.log(`  ${k.padEnd(16)} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${(ok / n).toFixed(2)}`);
  console.log(`intent accuracy ${ia.toFixed(3)}, entity accuracy ${ea.toFixed(3)} (${slots} slots)`);
  if (ia < arg('--min-intent') || ea < arg('--min-entity')) process.exit(1);
}

main();
