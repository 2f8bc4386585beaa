/**
 * Scores understand() on a labelled JSONL set the way shared/eval/score_nlu.py does, with a
 * confusion table and per-key accuracy. Usage:
 *   npx tsx scripts/eval-nlu.ts FILE.jsonl [--min-intent X] [--min-entity Y] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { parseGoldJsonl, scoreNlu } from '../src/intents/nlu/eval/nlu-scorer';

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
  const s = scoreNlu(parseGoldJsonl(readFileSync(file, 'utf8')));
  if (process.argv.includes('--verbose')) {
    for (const m of s.misses) {
      const first = m.text.split('\n')[0];
      if (m.key === undefined) console.log(`  ${m.id} intent ${String(m.gold)} -> ${String(m.got)}: ${first}`);
      else console.log(`  ${m.id} ${m.key}: ${JSON.stringify(m.gold)} -> ${JSON.stringify(m.got)}  | ${first}`);
    }
  }
  console.log(`lines ${s.lines}`);
  for (const [lang, [ok, n]] of s.perLang) console.log(`  intent accuracy [${lang}] ${(ok / n).toFixed(3)} (${n})`);
  console.log('confusions (gold -> predicted):');
  for (const [k, c] of [...s.confusions].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${c}`);
  console.log('per entity key:');
  for (const [k, [ok, n]] of [...s.perKey].sort()) console.log(`  ${k.padEnd(16)} ${String(ok).padStart(4)}/${String(n).padEnd(4)} ${(ok / n).toFixed(2)}`);
  console.log(`intent accuracy ${s.intentAccuracy.toFixed(3)}, entity accuracy ${s.entityAccuracy.toFixed(3)} (${s.slots} slots)`);
  if (s.intentAccuracy < arg('--min-intent') || s.entityAccuracy < arg('--min-entity')) process.exit(1);
}

main();
