import { incomingActivitySchema } from '../../../src/bots/teams/activity-schema';
import { botMentionTexts, channelOf, stripMentions, toMessageParts } from '../../../src/bots/teams/to-message';

const base = {
  type: 'message',
  id: '1700000000001',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9/',
  from: { id: '29:user' },
  recipient: { id: '28:bot', name: 'CRM' },
  conversation: { id: 'a:personal' },
};
const activity = (extra: Record<string, unknown>) => incomingActivitySchema.parse({ ...base, ...extra });

describe('Teams activity → message', () => {
  it('strips the bot mention and keeps other people as plain names', () => {
    const a = activity({
      text: '<at>CRM</at> assign #12 to <at>Dana Lee</at>&nbsp;please',
      entities: [{ type: 'mention', text: '<at>CRM</at>', mentioned: { id: '28:bot' } }, { type: 'mention', text: '<at>Dana Lee</at>', mentioned: { id: '29:dana' } }],
    });
    expect(toMessageParts(a).text).toBe('assign #12 to Dana Lee please');
  });

  it('drops a leading mention even without entity data, and HTML line breaks become new lines', () => {
    expect(stripMentions('<at>Bot</at> <p>win rate</p><p>this quarter</p>')).toBe('win rate\nthis quarter');
    expect(stripMentions('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
  });

  it('finds only the mentions that point at the recipient', () => {
    const a = activity({ entities: [{ type: 'mention', text: '<at>X</at>', mentioned: { id: 'other' } }, { type: 'clientInfo' }] });
    expect(botMentionTexts(a)).toEqual([]);
    expect(botMentionTexts(incomingActivitySchema.parse({ ...base, recipient: undefined }))).toEqual([]);
  });

  it('keys a channel thread by its conversation id and the channel by the part before ";messageid="', () => {
    const p = toMessageParts(activity({ conversation: { id: '19:abc@thread.skype;messageid=1699', conversationType: 'channel' }, text: 'hi' }));
    expect(p).toMatchObject({ channel: '19:abc@thread.skype', thread: '19:abc@thread.skype;messageid=1699', eventId: '1700000000001' });
    expect(channelOf('a:personal')).toBe('a:personal');
  });

  it('reads card buttons as the words they stand for', () => {
    expect(toMessageParts(activity({ value: { action: 'yes', for: '29:user' } }))).toMatchObject({ text: 'yes', cardAction: { action: 'yes', for: '29:user' } });
    expect(toMessageParts(activity({ value: { action: 'cancel' } })).text).toBe('cancel');
    expect(toMessageParts(activity({ value: { action: 'choice', choice: 'acc-2' } })).text).toBe('acc-2');
    expect(toMessageParts(activity({ value: { action: 'choice' } })).text).toBe('');
  });

  it('passes a valid client time zone on and ignores an invalid one', () => {
    expect(toMessageParts(activity({ text: 'x', localTimezone: 'Asia/Shanghai' })).tz).toBe('Asia/Shanghai');
    expect(toMessageParts(activity({ text: 'x', localTimezone: 'Mars/Base' })).tz).toBeUndefined();
    expect(toMessageParts(activity({})).text).toBe('');
  });

  it('refuses bodies that are not activities', () => {
    expect(incomingActivitySchema.safeParse({ hello: 'world' }).success).toBe(false);
    expect(incomingActivitySchema.safeParse({ ...base, serviceUrl: 'file:///etc/passwd' }).success).toBe(false);
    expect(incomingActivitySchema.safeParse({ ...base, conversation: {} }).success).toBe(false);
  });
});
