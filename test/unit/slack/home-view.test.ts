import type { DashboardData } from '../../../src/intents/services';
import type { Reply } from '../../../src/intents/reply';
import { homeBlocks, homeLanguage } from '../../../src/bots/slack/home-view';

const actor = { id: 'u1', name: 'Dana <Rep>', email: 'd@x.com', role: 'manager' as const, teamId: 't1', teamName: 'West', timezone: null, locale: null };
const card = (label: string, display: string, change: string | null) => ({ metric: 'win_rate', label, unit: 'ratio', value: 0.3, display, previous: null, previousDisplay: null, change, direction: null, periodApplies: true, definition: '' });
const kpis = { scope: 'team West', period: { start: '2026-11-01', end: '2026-11-25', kind: 'this_month' }, cards: [card('Win rate', '30.0%', 'up 3 pts'), card('Open tickets', '4', null)] } as unknown as DashboardData;
const help: Reply = { intent: 'help', entities: {}, status: 'done', reply: 'Try: open a ticket', data: {}, records: [], blocks: [], language: 'en' };

describe('App Home view', () => {
  it('shows who the user is, their KPI snapshot and what to ask', () => {
    const blocks = homeBlocks(actor, 'en', kpis, help);
    const texts = JSON.stringify(blocks);
    expect(texts).toContain('*Dana &lt;Rep&gt;* · manager · West');
    expect(texts).toContain('*Your numbers* (team West, 2026-11-01 – 2026-11-25)');
    expect(texts).toContain('*Win rate*\\n30.0% (up 3 pts)');
    expect(texts).toContain('*Open tickets*\\n4"');
    expect(texts).toContain('Try: open a ticket');
  });

  it('speaks Chinese to a user with a Chinese locale', () => {
    expect(homeLanguage({ locale: 'zh-CN' })).toBe('zh');
    expect(homeLanguage({ locale: null })).toBe('en');
    expect(homeLanguage(null)).toBe('en');
    expect(JSON.stringify(homeBlocks({ ...actor, teamName: null }, 'zh', kpis, null))).toContain('*指标概览*');
    expect(JSON.stringify(homeBlocks(null, 'zh', null, null))).toContain('还没有在 CRM 中注册');
  });

  it('leaves out the snapshot when there is none', () => {
    expect(homeBlocks(actor, 'en', null, null)).toHaveLength(1);
  });
});
