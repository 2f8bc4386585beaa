import type { Reply } from '../../../src/intents/reply';
import { CONFIRM_BUTTONS } from '../../../src/intents/reply';
import { BUTTON_ACTION, CHOICE_ACTION, escapeMrkdwn, renderReply, resolvedMessage, tableText, textMessage } from '../../../src/bots/slack/render';
import { threadFromBlockId } from '../../../src/bots/slack/to-message';

const reply = (over: Partial<Reply>): Reply => ({ intent: 'ticket.create', entities: {}, status: 'done', reply: 'Done', data: {}, records: [], blocks: [], language: 'en', ...over });

describe('Reply to Block Kit', () => {
  it('renders the text first, escaped, with a plain fallback', () => {
    const m = renderReply(reply({ reply: 'Acme <ACME> & co' }), { thread: 't' });
    expect(m.text).toBe('Acme <ACME> & co');
    expect(m.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Acme &lt;ACME&gt; &amp; co' } });
  });

  it('renders facts as section fields, ten per section', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ label: `k${i}`, value: `v${i}` }));
    const m = renderReply(reply({ reply: '', blocks: [{ type: 'facts', title: 'Ticket', items }] }), { thread: 't' });
    expect(m.blocks).toHaveLength(3);
    expect(m.blocks[1]).toMatchObject({ type: 'section', fields: expect.arrayContaining([{ type: 'mrkdwn', text: '*k0*\nv0' }]) });
    expect((m.blocks[2] as { fields: unknown[] }).fields).toHaveLength(2);
  });

  it('renders confirm and cancel as buttons whose block id carries the thread', () => {
    const m = renderReply(reply({ status: 'needs_confirmation', blocks: [CONFIRM_BUTTONS('zh')] }), { thread: '123.4' });
    const actions = m.blocks.find((b) => b.type === 'actions') as { block_id: string; elements: Array<{ action_id: string; value: string; style?: string; text: { text: string } }> };
    expect(threadFromBlockId(actions.block_id)).toBe('123.4');
    expect(actions.elements.map((e) => [e.action_id, e.value, e.style, e.text.text])).toEqual([
      [`${BUTTON_ACTION}:confirm`, 'yes', 'primary', '确认'],
      [`${BUTTON_ACTION}:cancel`, 'cancel', 'danger', '取消'],
    ]);
  });

  it('offers choices in a select menu', () => {
    const m = renderReply(reply({ status: 'needs_input', blocks: [{ type: 'choices', prompt: 'Which one?', options: [{ label: '1. Acme Inc', value: 'a1' }, { label: '2. Acme Ltd', value: 'a2' }] }] }), { thread: 't' });
    const menu = m.blocks[1] as { accessory: { type: string; action_id: string; options: Array<{ value: string }> } };
    expect(menu.accessory.type).toBe('static_select');
    expect(menu.accessory.action_id).toBe(CHOICE_ACTION);
    expect(menu.accessory.options.map((o) => o.value)).toEqual(['a1', 'a2']);
  });

  it('renders a table as aligned monospace text, CJK counted double-width', () => {
    expect(tableText(['Name', 'N'], [['客户', '1'], ['Acme', '22']])).toBe('Name  N\n----  --\n客户  1\nAcme  22');
    const m = renderReply(reply({ reply: '', blocks: [{ type: 'table', title: 'Top', columns: ['a'], rows: [['<b>']] }] }), { thread: 't' });
    expect((m.blocks[0] as { text: { text: string } }).text.text).toBe('*Top*\n```a\n---\n&lt;b&gt;```');
  });

  it('shows a chart as an image when a URL is available, otherwise as a note', () => {
    const chart = reply({ reply: '', blocks: [{ type: 'chart', title: 'Win rate', spec: {} }] });
    expect(renderReply(chart, { thread: 't' }).blocks[0]).toMatchObject({ type: 'context' });
    expect(renderReply(chart, { thread: 't', chartUrl: () => 'https://x/c.png' }).blocks[0]).toMatchObject({ type: 'image', image_url: 'https://x/c.png', alt_text: 'Win rate' });
  });

  it('renders plain text blocks and keeps the controls when there are too many blocks', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ type: 'text' as const, text: `line ${i}` }));
    const m = renderReply(reply({ blocks: [...many, CONFIRM_BUTTONS('en')] }), { thread: 't' });
    expect(m.blocks).toHaveLength(50);
    expect(m.blocks[49]!.type).toBe('actions');
  });

  it('replaces used controls by who chose what', () => {
    const m = renderReply(reply({ blocks: [{ type: 'choices', prompt: 'Which?', options: [{ label: 'A', value: 'a' }] }, CONFIRM_BUTTONS('en')] }), { thread: 't' });
    const after = resolvedMessage(m.blocks, '<@U1>: Confirm');
    expect(after.some((b) => b.type === 'actions')).toBe(false);
    expect(after.some((b) => 'accessory' in b)).toBe(false);
    expect(after[after.length - 1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '<@U1>: Confirm' }] });
  });

  it('builds simple text messages and escapes markup', () => {
    expect(textMessage('a < b').blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'a &lt; b' } });
    expect(escapeMrkdwn('&<>')).toBe('&amp;&lt;&gt;');
    expect(renderReply(reply({ reply: 'x'.repeat(5000) }), { thread: 't' }).text.length).toBe(4000);
  });

  it('labels the confirm button of a call summary with where it will be saved', () => {
    const label = (over: Partial<Reply>) => {
      const m = renderReply(reply({ intent: 'call.summarise', status: 'needs_confirmation', blocks: [CONFIRM_BUTTONS(over.language ?? 'en')], ...over }), { thread: 't' });
      return (m.blocks.find((b) => b.type === 'actions') as { elements: Array<{ text: { text: string } }> }).elements[0]!.text.text;
    };
    expect(label({ data: { pending: { fields: { account: 'Initech' } } } })).toBe('Save to Initech');
    expect(label({ language: 'zh', data: { pending: { fields: { account: 'Initech' } } } })).toBe('保存到Initech');
    expect(label({ data: {} })).toBe('Confirm');
    expect(label({ status: 'done', data: { pending: { fields: { account: 'Initech' } } } })).toBe('Confirm');
  });
});
