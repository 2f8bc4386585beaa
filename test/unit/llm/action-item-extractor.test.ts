import { extractActionItems } from '../../../src/llm/offline/action-item-extractor';
import { parseTranscript } from '../../../src/llm/offline/transcript-parser';

const items = (lines: string[], lang: 'en' | 'zh' = 'en', now?: Date) =>
  extractActionItems(parseTranscript(lines.join('\n')), lang, { now, tz: 'UTC' }).map(({ text, owner, due }) => ({ text, owner, due }));

describe('commitments found in a call', () => {
  it('finds "I will", "we are going to", "let me" and a named owner, and resolves due dates', () => {
    expect(
      items(
        [
          "Ann: I'll send you the contract by Friday.",
          "Bo: We're going to run a load test with your team next Monday.",
          'Ann: Let me check with legal and get back to you tomorrow.',
          "Ann: Great. Carl's team will deliver the migration plan by the end of the month.",
          'Carl: Sounds good.',
        ],
        'en',
        new Date('2026-11-25T10:00:00Z'),
      ),
    ).toEqual([
      { text: 'Send the contract by Friday', owner: 'Ann', due: '2026-11-27' },
      { text: 'Run a load test with your team next Monday', owner: 'Bo', due: '2026-11-30' },
      { text: 'Check with legal and get back to you tomorrow', owner: 'Ann', due: '2026-11-26' },
      { text: 'Deliver the migration plan by the end of the month', owner: 'Carl', due: '2026-11-30' },
    ]);
  });

  it('ignores talk that only sounds like a commitment', () => {
    expect(
      items([
        "Ann: I'll be honest, that price is high.",
        'Bo: Let me tell you what we are proposing.',
        'Ann: Can you send the deck?',
        "Bo: I can't do 20% today.",
        "Ann: I'd want to see the dashboards.",
        "Bo: I can do 10% off if you sign today.",
        "Ann: If this isn't fixed, we'll look at going back to our old vendor.",
        "Bo: We won't call it done until you're happy.",
        "Ann: It'll hold up fine.",
      ]),
    ).toEqual([]);
  });

  it('keeps a condition and drops an aside', () => {
    expect(items(["Ann: Once I have the count, I'll ship the kits — they usually arrive in two days."])).toEqual([
      { text: 'Ship the kits (once I have the count)', owner: 'Ann', due: undefined },
    ]);
  });

  it('joins two commitments of one turn, and a bare "I\'ll do that today" to the task it points at', () => {
    expect(
      items([
        "Ann: I'll count the freezers in every store. I can get that done by Friday.",
        'Bo: Great.',
        'Ann: I can turn on text reminders for the late ones.',
        'Bo: Yes please.',
        "Ann: I'll switch that on today.",
      ]),
    ).toEqual([
      { text: 'Count the freezers in every store (Friday)', owner: 'Ann', due: undefined },
      { text: 'Turn on text reminders for the late ones (today)', owner: 'Ann', due: undefined },
    ]);
  });

  it('explains a "them" with the question it answers', () => {
    expect(items(['Bo: Can you send me your security docs?', "Ann: Sure, I'll email them tonight."])).toEqual([
      { text: 'Email them tonight (re: "Can you send me your security docs?")', owner: 'Ann', due: undefined },
    ]);
  });

  it('finds Chinese commitments with 我/我们, a subject-less deadline, and a named owner', () => {
    expect(
      items(
        [
          '方晓: 有的，我整理几个判例发给您。',
          '邓军: 我们下周一开采购会，我下周三之前给你答复吧。',
          '罗斌: 这个超时参数今晚就可以改回来。',
          '谢雨: 罗经理会把日志整理好发给您。',
          '邓军: 我跟你说实话，价格我一个人定不了。',
          '罗斌: 我们正在尝试从备份里恢复。',
          '谢雨: 能不能安排一次演示？',
        ],
        'zh',
        new Date('2026-11-25T02:00:00Z'),
      ),
    ).toEqual([
      { text: '整理几个判例发给您', owner: '方晓', due: undefined },
      { text: '下周三之前给你答复吧', owner: '邓军', due: '2026-12-02' },
      { text: '这个超时参数今晚就可以改回来', owner: '罗斌', due: '2026-11-25' },
      { text: '罗经理会把日志整理好发给您', owner: '罗斌', due: undefined },
    ]);
  });

  it('takes a colleague named in passing as the owner, but not a company or a pronoun', () => {
    expect(
      items([
        'Rae: And our technical lead, Omar, will send you a written incident summary by Friday.',
        'Rae: Square will be cheaper. That will hold. Honestly, it will work.',
      ]),
    ).toEqual([{ text: 'Send a written incident summary by Friday', owner: 'Omar', due: undefined }]);
  });

  it('reads 我们的 as "our", and a subject whose verb is in the next clause', () => {
    expect(
      items(['黄蕾: 我们的系统可以把记录沉淀下来。', '杜明: 试用完了我们内部评估一下，月底之前给你们答复。', '钱涛: 可以。我这边挑五个销售先试。'], 'zh'),
    ).toEqual([
      { text: '试用完了我们内部评估一下，月底之前给你们答复', owner: '杜明', due: undefined },
      { text: '这边挑五个销售先试', owner: '钱涛', due: undefined },
    ]);
  });
});
