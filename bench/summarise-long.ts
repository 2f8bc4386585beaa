/**
 * Offline summary of a generated 250-turn call (English and Chinese): prints the median and
 * worst time of several runs after a warm-up. Target: under 200 ms.
 * Run: npx tsx bench/summarise-long.ts
 */
import { OfflineLlm } from '../src/llm/offline/offline-llm';
import { generateLongCall } from '../test/unit/llm/fixtures/long-transcript';

async function main(): Promise<void> {
  const llm = new OfflineLlm();
  for (const language of ['en', 'zh'] as const) {
    const transcript = generateLongCall(250, language);
    await llm.summariseCall({ transcript }); // warm-up: regex compilation and JIT
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const s = await llm.summariseCall({ transcript, now: new Date('2026-11-25T10:00:00Z'), tz: 'UTC' });
      times.push(performance.now() - t0);
      items = s.action_items.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      `summarise-long ${language}: 250 turns, ${transcript.length} chars, ${items} action items — median ${times[3]!.toFixed(1)} ms, max ${times[6]!.toFixed(1)} ms (target < 200 ms)`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
