import readline from 'node:readline';
import { requireActorByEmail } from '../../crm/users/user-repository';
import type { CommandIO } from '../command-io';
import type { Container } from '../container';
import { renderTerminal } from '../../bots/terminal/render';

/** `crm chat`: the same engine in a terminal, one dialogue for the whole session. */
export async function chatCommand(c: Container, o: { as: string; tz?: string }, io: CommandIO): Promise<number> {
  const actor = await requireActorByEmail(c.db, o.as);
  const thread = `chat-${process.pid}-${Date.now()}`;
  const rl = readline.createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  io.stdout.write(`Hi ${actor.name}! Ask me anything about your customers, or type "help". Ctrl-D to quit.\n> `);
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      try {
        const reply = await c.engine.handle({ surface: 'terminal', channel: 'terminal', thread, actor, text, tz: o.tz });
        io.stdout.write(renderTerminal(reply) + '\n');
      } catch (e) {
        io.stdout.write(`${(e as Error).message}\n`);
      }
    }
    io.stdout.write('> ');
  }
  io.stdout.write('\n');
  return 0;
}
