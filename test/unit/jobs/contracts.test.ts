import { JOB_NAMES, jobIdFor, jobPayloadSchemas } from '../../../src/jobs/contracts';
import { assertJobName, backoffDelay, isPermanentJobError, parsePayload } from '../../../src/jobs/job-policy';
import { AppError } from '../../../src/shared/app-error';

const ID = '6f1c1f7e-2a4b-4c1d-9e2f-123456789abc';

describe('job contracts', () => {
  it.each([
    ['call.summarise', { activityId: ID }, `summary/${ID}`],
    ['record.embed', { recordType: 'ticket', recordId: ID, version: '2026-11-25T10:00:00.000Z' }, `embed/ticket/${ID}/2026-11-25T10_00_00.000Z`],
    ['notify', { userId: ID, message: { text: 'hi' }, key: 'sla-warn/abc' }, 'notify/sla-warn/abc'],
    ['notify', { userId: ID, message: { text: 'hi' } }, undefined],
    ['sla.watch', { at: '2026-11-25T10:00:30Z' }, 'sla/2026-11-25T10_00'],
    ['sla.watch', {}, undefined],
    ['digest.morning', { date: '2026-11-25' }, 'digest-morning/2026-11-25'],
    ['digest.morning', {}, undefined],
    ['digest.weekly', { weekStart: '2026-11-16' }, 'digest-weekly/2026-11-16'],
    ['digest.weekly', {}, undefined],
    ['maintenance.retention', { days: 365 }, 'retention/365'],
    ['maintenance.retention', {}, undefined],
    ['chat.turn', { surface: 'teams', key: 'teams:a:1xyz:1700', data: {} }, 'chat/teams/teams_a_1xyz_1700'],
    ['chat.turn', { surface: 'slack', data: {} }, undefined],
  ] as const)('derives the id of %s from what it is about: %j', (name, payload, id) => {
    expect(jobIdFor(name, payload as never)).toBe(id);
    if (id) expect(id).not.toContain(':'); // BullMQ reserves ':' in custom ids
  });

  it('has a payload schema for every job', () => {
    expect(Object.keys(jobPayloadSchemas).sort()).toEqual([...JOB_NAMES].sort());
  });

  it('rejects bad payloads and unknown jobs with a readable bad_input error', () => {
    expect(() => parsePayload('call.summarise', { activityId: 'x' })).toThrow(/Invalid payload for job call.summarise: activityId/);
    expect(() => parsePayload('notify', { userId: ID, message: { text: 'ok', link: 'not a url' } })).toThrow(AppError);
    expect(parsePayload('digest.morning', { date: '2026-11-25', extra: 1 })).toEqual({ date: '2026-11-25' });
    expect(() => assertJobName('call.summarize')).toThrow(/Unknown job "call.summarize"/);
  });

  it('doubles the back-off with each attempt and never retries what cannot succeed', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay({ attempts: 5, backoffMs: 100 }, n))).toEqual([100, 200, 400, 800]);
    expect(isPermanentJobError(new AppError('not_found', 'x'))).toBe(true);
    expect(isPermanentJobError(new AppError('config', 'x'))).toBe(true);
    expect(isPermanentJobError(new AppError('unavailable', 'x'))).toBe(false);
    expect(isPermanentJobError(new Error('boom'))).toBe(false);
  });
});
