import { z } from 'zod';
import { understand } from './understand';

const Line = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  text: z.string(),
  now: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'now must be an ISO date-time').optional(),
  tz: z.string().refine(validZone, 'tz must be an IANA time zone').optional(),
});

function validZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const error = (id: unknown, message: string) => JSON.stringify({ id: id ?? null, error: { code: 'bad_input', message } });

/**
 * `crm nlu --json`: one JSON object per input line, one output line per input line in the same
 * order. A bad line gets an error line and the stream goes on; blank lines are skipped.
 */
export async function runNluJsonl(
  lines: AsyncIterable<string>,
  write: (line: string) => void,
  defaults: { tz: string; region: string },
): Promise<void> {
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      write(error(null, `line ${n} is not valid JSON`));
      continue;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      const id = json && typeof json === 'object' && 'id' in json ? (json as { id: unknown }).id : null;
      write(error(id, `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`));
      continue;
    }
    const { id, text, now, tz } = parsed.data;
    const r = understand(text, { now: now ? new Date(now) : new Date(), tz: tz ?? defaults.tz, region: defaults.region });
    write(JSON.stringify({ id: id ?? null, intent: r.intent, confidence: r.confidence, entities: r.entities, language: r.language }));
  }
}
