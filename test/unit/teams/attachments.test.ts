import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { incomingActivitySchema } from '../../../src/bots/teams/activity-schema';
import { CREATE_TICKET_COMMAND, prefillFromMessage, ticketFormCard, ticketFormSchema, ticketRequestText } from '../../../src/bots/teams/message-action';
import { renderNotification } from '../../../src/bots/teams/notification-card';
import { teamsSay } from '../../../src/bots/teams/teams-messages';
import { transcriptRequest } from '../../../src/bots/teams/teams-turn';
import { downloadTranscript, FILE_DOWNLOAD_INFO, findTranscriptFile, vttToTurns } from '../../../src/bots/teams/transcript-attachment';

const activity = (attachments: unknown[]) =>
  incomingActivitySchema.parse({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' }, conversation: { id: 'c' }, attachments });

describe('transcripts sent as files', () => {
  it('finds a .txt or .vtt download and ignores other attachments', () => {
    expect(findTranscriptFile(activity([{ contentType: 'image/png', contentUrl: 'http://x/y.png' }]))).toBeNull();
    expect(findTranscriptFile(activity([{ contentType: FILE_DOWNLOAD_INFO, name: 'a.pdf', content: { downloadUrl: 'https://x/a', fileType: 'pdf' } }]))).toBeNull();
    expect(findTranscriptFile(activity([{ contentType: FILE_DOWNLOAD_INFO, name: 'a.txt', content: { nope: 1 } }]))).toBeNull();
    expect(findTranscriptFile(activity([{ contentType: FILE_DOWNLOAD_INFO, name: 'call.vtt', content: { downloadUrl: 'https://x/dl' } }]))).toEqual({ name: 'call.vtt', url: 'https://x/dl', fileType: 'vtt' });
  });

  it('turns WebVTT cues into speaker turns, joining a speaker’s consecutive cues', () => {
    const vtt = 'WEBVTT\n\nNOTE recorded\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Dana Lee>Hi Bob.</v>\n\n2\n00:00:03.000 --> 00:00:04.000\n<v Dana Lee>Quick call.</v>\n\n00:00:05.000 --> 00:00:06.000\n<v Bob>Hello.</v>\n\n00:00:07.000 --> 00:00:08.000\nno speaker\n';
    expect(vttToTurns(vtt)).toBe('Dana Lee: Hi Bob. Quick call.\nBob: Hello.\nno speaker');
  });

  it('downloads text, converts vtt and refuses empty, failed or oversized files', async () => {
    const bodies: Record<string, string> = { '/a.txt': 'Dana: hi\n', '/b.vtt': 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>hi</v>\n', '/empty.txt': '  ', '/big.txt': 'x'.repeat(600_000) };
    const server = http.createServer((req, res) => {
      const b = bodies[req.url ?? ''];
      res.writeHead(b === undefined ? 404 : 200).end(b ?? 'no');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = (p: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}${p}`;
    try {
      await expect(downloadTranscript({ name: 'a.txt', url: url('/a.txt'), fileType: 'txt' })).resolves.toBe('Dana: hi');
      await expect(downloadTranscript({ name: 'b.vtt', url: url('/b.vtt'), fileType: 'vtt' })).resolves.toBe('Dana: hi');
      await expect(downloadTranscript({ name: 'e', url: url('/empty.txt'), fileType: 'txt' })).rejects.toThrow('empty');
      await expect(downloadTranscript({ name: 'm', url: url('/missing'), fileType: 'txt' })).rejects.toThrow('HTTP 404');
      await expect(downloadTranscript({ name: 'big', url: url('/big.txt'), fileType: 'txt' })).rejects.toThrow('larger');
    } finally {
      server.close();
    }
  });

  it('asks the engine for a summary, keeping what the user wrote', () => {
    expect(transcriptRequest('', 'A: b')).toBe('summarise this call\nA: b');
    expect(transcriptRequest('summarise my call with Acme', 'A: b')).toBe('summarise my call with Acme\nA: b');
    expect(transcriptRequest('for Acme', 'A: b')).toBe('summarise this call: for Acme\nA: b');
  });
});

describe('create ticket from message', () => {
  it('prefills subject and description from the chosen message', () => {
    const p = prefillFromMessage({ body: { content: '<p>Login with SSO fails for all users since 9am</p><p>Please help</p>', contentType: 'html' }, from: { user: { displayName: 'Kim' } } });
    expect(p.subject).toBe('Login with SSO fails for all users since 9am');
    expect(p.description).toBe('Kim: Login with SSO fails for all users since 9am\nPlease help');
    expect(prefillFromMessage({ body: { content: 'x'.repeat(200) } }).subject).toHaveLength(118);
    expect(prefillFromMessage('nonsense')).toEqual({ subject: '', description: '' });
  });

  it('builds the form and the engine request from it', () => {
    const card = ticketFormCard({ subject: 'S', description: 'D' }, 'zh');
    expect(JSON.stringify(card)).toContain('"label":"客户"');
    expect(card.actions?.[0]).toMatchObject({ title: '创建工单' });
    const form = ticketFormSchema.parse({ customer: ' Acme ', subject: 'SSO\n down', priority: 'high' });
    expect(ticketRequestText(form)).toBe('open a high priority ticket for Acme: SSO down');
    expect(ticketFormSchema.safeParse({ customer: '', subject: 'x' }).success).toBe(false);
    expect(CREATE_TICKET_COMMAND).toBe('createTicketFromMessage');
  });
});

describe('notifications and own sentences', () => {
  it('sends structured notifications as a card and plain ones as text', () => {
    expect(renderNotification({ text: 'hi' })).toBeNull();
    const card = renderNotification({ text: 'SLA at risk', title: 'Ticket #12', lines: ['Acme', 'urgent'], link: 'https://crm.example/t/12' });
    expect(JSON.stringify(card)).toContain('- Acme\\n- urgent');
    expect(card?.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open', url: 'https://crm.example/t/12' }]);
  });

  it('speaks English and Chinese', () => {
    expect(teamsSay('en', 'not_registered', { email: ' (a@b.c)' })).toContain('Teams account (a@b.c).');
    expect(teamsSay('zh', 'working', { file: 'x.txt' })).toContain('x.txt');
  });
});
