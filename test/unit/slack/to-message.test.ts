import { commandTurn, interactiveBlockId, isFromBot, isUserMessage, mentionsBot, plainText, slackMessageSchema, threadFromBlockId, toTurn } from '../../../src/bots/slack/to-message';

const msg = (over: Record<string, unknown>) => slackMessageSchema.parse({ type: 'message', user: 'U1', text: 'hi', ts: '100.1', channel: 'C1', ...over });

describe('Slack event to a conversation turn', () => {
  it('strips the bot mention and unwraps links, channels and entities', () => {
    expect(plainText('<@UBOT> open a ticket for <https://acme.com|Acme> in <#C9|support> &amp; more &lt;3', 'UBOT')).toBe('open a ticket for Acme in #support & more <3');
    expect(plainText('mail <mailto:a@b.co|a@b.co> or <mailto:c@d.co> see <https://x.io> <!here>')).toBe('mail a@b.co or c@d.co see https://x.io');
  });

  it('keeps mentions of other people', () => {
    expect(plainText('<@UBOT> assign to <@U2>', 'UBOT')).toBe('assign to <@U2>');
  });

  it('answers a channel mention in its thread, a new thread starting at the message', () => {
    expect(toTurn(msg({ text: '<@UBOT> hello' }), { eventId: 'E1', botUserId: 'UBOT' })).toEqual({ slackUser: 'U1', channel: 'C1', thread: '100.1', replyTs: '100.1', text: 'hello', eventId: 'E1' });
    expect(toTurn(msg({ thread_ts: '99.0' }), {})).toMatchObject({ thread: '99.0', replyTs: '99.0' });
  });

  it('treats a direct message channel as one dialogue answered in place', () => {
    expect(toTurn(msg({ channel: 'D1', channel_type: 'im' }), {})).toMatchObject({ thread: 'D1', replyTs: undefined });
    expect(toTurn(msg({ channel: 'D1', channel_type: 'im', thread_ts: '5.5' }), {})).toMatchObject({ thread: '5.5', replyTs: '5.5' });
  });

  it('ignores bots, itself, edits and joins but not file shares', () => {
    expect(isFromBot({ bot_id: 'B1' })).toBe(true);
    expect(isFromBot({ subtype: 'bot_message' })).toBe(true);
    expect(isFromBot({ user: 'UBOT' }, 'UBOT')).toBe(true);
    expect(isFromBot({ user: 'U1' }, 'UBOT')).toBe(false);
    expect(isUserMessage(msg({}), 'UBOT')).toBe(true);
    expect(isUserMessage(msg({ subtype: 'file_share' }), 'UBOT')).toBe(true);
    expect(isUserMessage(msg({ subtype: 'message_changed' }), 'UBOT')).toBe(false);
    expect(isUserMessage(msg({ user: undefined }), 'UBOT')).toBe(false);
    expect(isUserMessage(msg({ bot_id: 'B2' }), 'UBOT')).toBe(false);
  });

  it('detects a mention of the bot only when the bot id is known', () => {
    expect(mentionsBot('hey <@UBOT>', 'UBOT')).toBe(true);
    expect(mentionsBot('hey <@UBOT>', undefined)).toBe(false);
  });

  it('makes /crm one dialogue per channel answered in the channel', () => {
    expect(commandTurn({ user_id: 'U1', channel_id: 'C1', text: 'win rate' })).toEqual({ slackUser: 'U1', channel: 'C1', thread: 'cmd:C1', text: 'win rate' });
    expect(commandTurn({ user_id: 'U1', channel_id: 'C1' }).text).toBe('');
    expect(commandTurn({ user_id: 'U1', channel_id: 'C1', response_url: 'https://hooks.slack.com/x' }).responseUrl).toBe('https://hooks.slack.com/x');
  });

  it('carries the dialogue thread through interactive block ids', () => {
    expect(threadFromBlockId(interactiveBlockId('100.1', 3))).toBe('100.1');
    expect(threadFromBlockId(interactiveBlockId('cmd:C1'))).toBe('cmd:C1');
    expect(threadFromBlockId('other')).toBeUndefined();
    expect(threadFromBlockId(undefined)).toBeUndefined();
    expect(threadFromBlockId('crm|nothread')).toBeUndefined();
  });
});
