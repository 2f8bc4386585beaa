import { z } from 'zod';
import { requireActorByEmail } from '../../crm/users/user-repository';
import { toAskJson } from '../../intents/reply';
import { AppError, describeZodIssues } from '../../shared/app-error';
import type { CommandIO } from '../command-io';
import { writeJsonLine } from '../command-io';
import type { Container } from '../container';
import { renderTerminal } from '../../bots/terminal/render';

export const askOptionsSchema = z.object({
  text: z.string().trim().min(1, 'the message is empty'),
  as: z.string().min(3, 'give the user\'s email with --as'),
  json: z.boolean().default(false),
  now: z.iso.datetime({ offset: true, message: 'must be an ISO date-time such as 2026-06-10T09:00:00Z' }).optional(),
  tz: z.string().optional(),
  yes: z.boolean().default(false),
  conversation: z.string().min(1).max(200).optional(),
});
export type AskOptions = z.input<typeof askOptionsSchema>;

export function parseAskOptions(raw: AskOptions) {
  const r = askOptionsSchema.safeParse(raw);
  if (!r.success) throw new AppError('bad_input', describeZodIssues(r.error.issues));
  if (r.data.tz) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: r.data.tz });
    } catch {
      throw new AppError('bad_input', `--tz "${r.data.tz}" is not an IANA time zone`);
    }
  }
  return r.data;
}

/** `crm ask`: one message through the whole pipeline as that user. */
export async function askCommand(c: Container, raw: AskOptions, io: CommandIO): Promise<number> {
  const o = parseAskOptions(raw);
  const actor = await requireActorByEmail(c.db, o.as);
  const reply = await c.engine.handle({
    surface: 'cli',
    channel: 'cli',
    thread: o.conversation ?? `once-${process.pid}-${Date.now()}`,
    actor,
    text: o.text,
    now: o.now ? new Date(o.now) : undefined,
    tz: o.tz,
    yes: o.yes,
  });
  if (o.json) writeJsonLine(io, toAskJson(reply));
  else io.stdout.write(renderTerminal(reply) + '\n');
  return 0;
}
