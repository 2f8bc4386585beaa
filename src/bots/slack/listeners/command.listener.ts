import type { App } from '@slack/bolt';
import { converse, type SlackRuntime } from '../converse';
import { commandTurn } from '../to-message';

export const SLASH_COMMAND = '/crm';

/** `/crm <text>`: acknowledged empty at once (Slack shows nothing), the answer posted in the channel. */
export function registerCommandListener(app: App, rt: SlackRuntime): void {
  app.command(SLASH_COMMAND, async ({ command, ack, client }) => {
    await ack();
    await converse(rt, client, commandTurn(command));
  });
}
