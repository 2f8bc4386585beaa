import { extractMentions } from '../../../src/llm/offline/mention-extractor';
import { scoreSentiment } from '../../../src/llm/offline/sentiment-scorer';
import { assignSides, findSpeaker } from '../../../src/llm/offline/speaker-sides';
import { cleanText, parseTranscript, splitSentences } from '../../../src/llm/offline/transcript-parser';

describe('reading a transcript', () => {
  it('splits turns by speaker label, keeps wrapped lines with their turn and drops timestamps', () => {
    const p = parseTranscript('[00:01:02] Ann: Hello there.\nthis line wraps\r\n\nBo：你好。\n10:30 is when we start');
    expect(p.turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Ann', 'Hello there. this line wraps'],
      ['Bo', '你好。 10:30 is when we start'],
    ]);
    expect(p.speakers).toEqual(['Ann', 'Bo']);
    expect(parseTranscript('Note: a line that is not a speaker\nno label here').turns.map((t) => t.speaker)).toEqual([undefined]);
  });

  it('cleans fillers and stage directions but keeps every word that means something', () => {
    expect(cleanText('So, um, the entries were, uh, suspiciously identical [laughs].')).toBe('So, the entries were, suspiciously identical .'.replace(' .', '.'));
    expect(cleanText('嗯，这个比刚才好一些。')).toBe('这个比刚才好一些。');
  });

  it('keeps abbreviations and short figure fragments inside their sentence', () => {
    expect(splitSentences('Good afternoon, Dr. Feldman. The site was down. Four hours. All 22 sites.')).toEqual([
      'Good afternoon, Dr. Feldman.',
      'The site was down. Four hours. All 22 sites.',
    ]);
    expect(splitSentences('Okay. Sounds good.')).toEqual(['Okay.', 'Sounds good.']);
  });
});

describe('who is on which side', () => {
  it('puts the people the caller greets on the other side and the people they bring on theirs', () => {
    const p = parseTranscript(['Erin: Hi Steve, hi Jamal. I have Diego with me, he leads our support team.', 'Diego: Hi.', 'Steve: Hi.', 'Jamal: Hello.'].join('\n'));
    const s = assignSides(p);
    expect([...s.vendor]).toEqual(['Erin', 'Diego']);
    expect([...s.customer]).toEqual(['Steve', 'Jamal']);
  });

  it('reads Chinese titles and nicknames (罗经理, 小周) as the speaker they name', () => {
    const p = parseTranscript(['谢雨: 曹总您好，我是听澜的谢雨。我们的工程师小周也在。', '曹颖: 你好。我们主管韩冬也在。', '周凯: 曹总好。', '韩冬: 你们好。'].join('\n'));
    const s = assignSides(p);
    expect([...s.vendor].sort()).toEqual(['周凯', '谢雨']);
    expect([...s.customer].sort()).toEqual(['曹颖', '韩冬']);
    expect(findSpeaker('请罗经理看一下', ['罗斌', '韩冬'])).toBe('罗斌');
    expect(findSpeaker('nobody here', ['Ann'])).toBeUndefined();
  });

  it('swaps the sides when the second side sounds like the vendor', () => {
    const p = parseTranscript(['Cat: Hi Dan, our dashboard is broken again.', 'Dan: Sorry about that. Your account shows the sync failed; our engineers are on it. Sorry again.', 'Cat: Okay.'].join('\n'));
    expect([...assignSides(p).vendor]).toEqual(['Dan']);
  });

  it('has no sides without speaker labels', () => {
    expect(assignSides(parseTranscript('just text'))).toEqual({ vendor: new Set(), customer: new Set() });
  });
});

describe('competitors and products named in a call', () => {
  it('finds competitors by how they are talked about, never by a list', () => {
    const text = [
      'Ann: We also got a quote from Monnit. Zoom Webinars came in a lot cheaper.',
      'Bo: WP Engine has been calling me. We had ON24 pitch us too.',
      "Ann: With Expensify, we were chasing receipts. It's still more than Zoom.",
      'Bo: Our old system, Zentrix, was fine. People were calling the stores.',
      'Ann: The HACCP logs and the Xero sync work.',
    ].join('\n');
    const m = extractMentions(text, ['Ann', 'Bo'], 'en');
    expect(m.competitors).toEqual(['Monnit', 'Zoom Webinars', 'WP Engine', 'ON24', 'Expensify', 'Zentrix']);
    expect(m.products).toEqual(['HACCP', 'Xero']);
  });

  it('finds Chinese competitors and products', () => {
    const text = '邓军: 但是我也跟你说实话，法大大那边前两周来找过我们。e签宝我们也在问。\n方晓: 我是易签云的方晓，印章管理那个功能我们有优势。';
    expect(extractMentions(text, ['邓军', '方晓'], 'zh')).toEqual({ competitors: ['法大大', 'e签宝'], products: ['印章管理', '易签云'] });
  });
});

describe('the customer side tone', () => {
  const tone = (lines: string[]) => {
    const p = parseTranscript(lines.join('\n'));
    return scoreSentiment(p.sentences, assignSides(p).customer).label;
  };

  it('reads positive, negative, mixed and neutral calls', () => {
    expect(tone(['V: Hi Cu.', 'Cu: This is great, exactly what we need.', 'V: Thanks.', 'Cu: Perfect, sounds like a plan.'])).toBe('positive');
    expect(tone(['V: Hi Cu.', 'Cu: The site was down for four hours and we lost leads.', 'Cu: I am frustrated, we are moving to a competitor.'])).toBe('negative');
    expect(tone(['V: Hi Cu.', 'Cu: That price is too expensive and hard to justify.', 'Cu: But the support is great and the product solves a real problem.'])).toBe('mixed');
    expect(tone(['V: Hi Cu.', 'Cu: We have 40 users.'])).toBe('neutral');
  });

  it('ignores small talk, questions, hypotheticals and negated words', () => {
    expect(tone(['V: Hi Cu.', 'Cu: The weather is terrible.', 'Cu: Does it work if the Wi-Fi goes down?', 'Cu: It is not a problem.', 'Cu: Good.'])).toBe('neutral');
    expect(tone(['V: 您好。', 'Cu: 这个服务我们很不满意，录音丢失了。', 'Cu: 我们要重新考虑。'])).toBe('negative');
    expect(tone(['V: Hi Cu.', 'Cu: Okay.', 'Cu: Honestly, if this happens again we will switch back to our old vendor.'])).toBe('neutral');
    expect(tone(['V: Hi Cu.', 'Cu: The terminals keep declining cards.', 'Cu: If this happens again we will switch back to our old vendor.'])).toBe('negative');
  });
});
