import type { CommandIO } from '../command-io';
import { writeJsonLine } from '../command-io';
import type { Container } from '../container';
import { AppError } from '../../shared/app-error';
import { requireActorByEmail } from '../../crm/users/user-repository';
import { summaryText } from '../../intents/handlers/summarise-call.intent';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `crm summarise < transcript.txt`: prints a CallSummary. With --customer the summary is saved
 * as a call on that customer (and its action items as tasks) through the engine, as --as.
 */
export async function summariseCommand(c: Container, o: { json?: boolean; customer?: string; as?: string; now?: string; tz?: string }, io: CommandIO): Promise<number> {
  const transcript = (await readAll(io.stdin)).trim();
  if (!transcript) throw new AppError('bad_input', 'No transcript on stdin: pipe a file with one "Name: text" line per turn.');
  const now = o.now ? new Date(o.now) : undefined;
  if (o.customer) {
    const email = o.as ?? (await firstAdminEmail(c));
    const actor = await requireActorByEmail(c.db, email);
    const reply = await c.engine.handle({ surface: 'cli', channel: 'cli', thread: `summarise-${Date.now()}`, actor, text: `summarise this call with ${o.customer}:\n${transcript}`, now, tz: o.tz, yes: true });
    const summary = (reply.data.summary ?? {}) as Record<string, unknown>;
    if (o.json) writeJsonLine(io, { ...summary, saved: reply.status === 'done' && Boolean(reply.data.activity), status: reply.status, reply: reply.reply, records: reply.records });
    else io.stdout.write(reply.reply + '\n');
    return reply.status === 'done' ? 0 : 1;
  }
  const s = await c.llm.summariseCall({ transcript, now, tz: o.tz });
  if (o.json) writeJsonLine(io, s);
  else io.stdout.write(summaryText(s, s.language) + '\n');
  return 0;
}

async function firstAdminEmail(c: Container): Promise<string> {
  const r = await c.db.query<{ email: string }>("select email from users where role = 'admin' and active order by created_at limit 1");
  if (!r.rows[0]) throw new AppError('bad_input', 'Give --as EMAIL: the user the call is saved as.');
  return r.rows[0].email;
}
