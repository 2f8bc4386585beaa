import { looksLikeTranscript, summariseRequest, transcriptKind, vttToTurns } from '../../../src/bots/slack/transcript-text';

describe('transcript files', () => {
  it('turns WebVTT captions into speaker turns, joining a speaker\'s consecutive cues', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE recorded by Zoom',
      '',
      '1',
      '00:00:01.000 --> 00:00:04.000',
      '<v Dana Lee>Thanks for joining.',
      '',
      '2',
      '00:00:04.000 --> 00:00:06.000',
      '<v Dana Lee>Shall we talk pricing?',
      '',
      '00:00:06.000 --> 00:00:09.000',
      '<v.loud Sam>Yes, <i>please</i> send a quote.</v>',
      '',
      '00:00:09.000 --> 00:00:10.000',
      'no voice here',
    ].join('\r\n');
    expect(vttToTurns(vtt)).toBe('Dana Lee: Thanks for joining. Shall we talk pricing?\nSam: Yes, please send a quote.\nno voice here');
  });

  it('knows transcript files by type or extension', () => {
    expect(transcriptKind('call.vtt')).toBe('vtt');
    expect(transcriptKind('x', 'text')).toBe('txt');
    expect(transcriptKind('notes.TXT')).toBe('txt');
    expect(transcriptKind('deck.pdf')).toBeNull();
    expect(transcriptKind(undefined)).toBeNull();
  });

  it('asks the engine to summarise, keeping the user\'s own request line when there is one', () => {
    expect(summariseRequest('A: hi\n', '')).toBe('summarise this call:\nA: hi');
    expect(summariseRequest('A: hi', 'summarise this call with Initech:')).toBe('summarise this call with Initech:\nA: hi');
    expect(summariseRequest('A: hi', 'here you go')).toBe('summarise this call:\nA: hi');
  });

  it('recognises a pasted transcript by its speaker turns', () => {
    expect(looksLikeTranscript('summarise this call:\nDana: hi\nBob: hello\nDana: quote?')).toBe(true);
    expect(looksLikeTranscript('王经理：你好\n李总：您好\n王经理：报价呢')).toBe(true);
    expect(looksLikeTranscript('open a ticket for Acme: SSO is down')).toBe(false);
  });
});
