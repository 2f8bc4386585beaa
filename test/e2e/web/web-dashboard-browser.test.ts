import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatValue } from '../../../src/intents/answers/kpi-format';
import type { Actor } from '../../../src/intents/services';
import { startWebRig, type WebRig } from './web-rig';

// Debian's chromium: playwright's own browser download is not available here (and not needed).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[web e2e] skipping the browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

/** Retries an assertion until the page has caught up (fetches and redraws are asynchronous). */
async function waitFor<T>(read: () => Promise<T>, check: (v: T) => void, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    try {
      check(v);
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

(hasChromium ? describe : describe.skip)('web dashboard in headless Chromium', () => {
  let rig: WebRig;
  let browser: Browser;
  let page: Page;
  let manager: Actor;

  const cardText = (metric: string) => page.locator(`.card[data-metric="${metric}"] .value`).textContent();
  const ask = (text: string) => rig.c.engine.handle({ surface: 'api', channel: 'browser-test', thread: `t-${text}`, actor: manager, text });

  beforeAll(async () => {
    rig = await startWebRig('pglite');
    manager = { id: rig.users.manager, name: 'Maria Manager', email: 'maria@example.com', role: 'manager', teamId: rig.teams.east };
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ locale: 'en-US' });
  });

  afterAll(async () => {
    await browser?.close();
    await rig?.close();
  });

  it('shows how to get a sign-in link before signing in', async () => {
    await page.goto(`${rig.base}/`);
    await expect(page.locator('body').textContent()).resolves.toContain('crm login-link --as');
  });

  it('signs in with a link and shows the same revenue and open tickets as the chat answer', async () => {
    await page.goto(`${rig.base}/login?token=${await rig.loginToken(rig.users.manager)}`);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });

    const revenue = await ask('revenue won this month');
    const open = await ask('how many open tickets');
    expect(revenue.data.value).toBe(15_000);
    const revenueShown = formatValue('money', revenue.data.value as number, 'en');
    const openShown = formatValue('count', open.data.value as number, 'en');
    await expect(cardText('revenue_won')).resolves.toBe(revenueShown);
    await expect(cardText('open_tickets')).resolves.toBe(openShown);
    expect(revenue.reply).toContain(revenueShown);
    await expect(page.locator('.card[data-metric="revenue_won"] .value').getAttribute('data-value')).resolves.toBe(String(revenue.data.value));
    await expect(page.locator('#who').textContent()).resolves.toContain('Maria Manager');
  });

  it('draws the charts from the server\'s ECharts options', async () => {
    for (const id of ['pipeline_by_stage', 'tickets_by_priority', 'sla_breaches', 'trend']) {
      await expect(page.locator(`#chart-${id} canvas`).count()).resolves.toBeGreaterThan(0);
    }
    // A string, so this Node-typed file needs no DOM types: it runs in the page.
    const bars = await page.evaluate<number[]>(
      "echarts.getInstanceByDom(document.getElementById('chart-pipeline_by_stage')).getOption().series[0].data",
    );
    expect(bars.slice(0, 4)).toEqual([0, 0, 20_000, 0]);
  });

  it('narrows the numbers by owner and by period from the filters', async () => {
    await page.selectOption('#owner', { label: 'Rita Rep' });
    await waitFor(() => cardText('revenue_won'), (v) => expect(v).toBe('$5,000'));
    await page.selectOption('#owner', '');
    await page.selectOption('#period', 'last_month');
    await waitFor(() => cardText('revenue_won'), (v) => expect(v).toBe('$0'));
    await page.selectOption('#period', 'this_month');
    await waitFor(() => cardText('revenue_won'), (v) => expect(v).toBe('$15,000'));
  });

  it('answers in the chat panel as the signed-in user', async () => {
    await page.fill('#chat-input', 'revenue won this month');
    await page.click('#chat-form button');
    await waitFor(() => page.locator('.msg.bot').last().textContent(), (v) => expect(v).toContain('$15,000'));
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.waitForSelector('body[data-loaded="true"]');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it('speaks Chinese to a Chinese browser', async () => {
    const zh = await browser.newPage({ locale: 'zh-CN' });
    try {
      await zh.goto(`${rig.base}/login?token=${await rig.loginToken(rig.users.manager)}`);
      await zh.waitForSelector('body[data-loaded="true"]', { timeout: 15_000 });
      await expect(zh.locator('.card[data-metric="revenue_won"] .label').textContent()).resolves.toBe('成交金额');
      await expect(zh.locator('h1').textContent()).resolves.toBe('CRM 仪表盘');
    } finally {
      await zh.close();
    }
  });
});
