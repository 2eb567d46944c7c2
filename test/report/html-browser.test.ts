// The batch HTML report in a real browser (Chromium via playwright-core, never downloaded):
// hostile policy text stays text, the matrix sorts and filters, and nothing is fetched.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = '/tmp/policy-gap-report.png';

const HOSTILE = [
  '# Code of conduct',
  '',
  'Staff must not accept gifts from clients `<script>window.__pwned=1</script>` <script>window.__pwned=1</script> ' +
    '`<img src=x onerror="window.__pwned=1">` <img src=x onerror="window.__pwned=1"> [click](javascript:window.__pwned=1).',
  'Staff must declare any conflict of interest <img src=x onerror="window.__pwned=1"> to the board in writing.',
  'Client information is confidential; see [click](javascript:window.__pwned=1) for the details.',
  '',
].join('\n');

const STRONG = [
  '# Ethics policy',
  '',
  'Staff must not accept gifts of any value from clients.',
  'Staff must declare every conflict of interest to the board.',
  "Client information is confidential and is shared only with the client's written consent.",
  'Complaints are answered in writing within 30 days and may be escalated to the board.',
  'Volunteers are screened before they work with clients.',
  'Staff must not use physical force or threats against clients.',
  'We keep records of every incident and review them each year.',
  'Staff receive training on this policy every year.',
  'Clients may complain to the independent ombudsman.',
  '',
].join('\n');

const EMPTY = '# Short policy\n\nStaff should try to avoid gifts.\n';
const PRIVACY = '# Privacy\n\nClient information is confidential.\nStaff must protect personal data and delete it when no longer needed.\n';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!existsSync(CHROMIUM))('html report in Chromium', () => {
  const dir = tempDir({
    'members/alpha/policy.md': HOSTILE,
    'members/bravo/policy.md': STRONG,
    'members/charlie/policy.md': EMPTY,
    'members/delta/policy.md': PRIVACY,
  });
  let browser: Browser;
  let page: Page;
  let url: string;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];

  const rowOrder = (): Promise<string[]> =>
    page.$$eval('#matrix tbody tr', (rows) => rows.map((row) => row.querySelector('th')?.textContent?.trim() ?? ''));
  const visibleRows = (): Promise<string[]> =>
    page.$$eval('#matrix tbody tr', (rows) =>
      rows.filter((row) => !(row as HTMLElement).hidden).map((row) => row.querySelector('th')?.textContent?.trim() ?? ''));
  const pwned = (): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  beforeAll(async () => {
    const result = await runCli(['batch', join(dir, 'members'), '--format', 'html', '--no-config', '--fail-on', 'never']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const file = join(dir, 'report.html');
    writeFileSync(file, result.stdout);
    url = pathToFileURL(file).href;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without errors, runs no injected code and shows the hostile quote as text', async () => {
    expect(await pwned()).toBeUndefined();
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const evidence = await page.$$eval('main td', (cells) => cells.map((cell) => cell.textContent ?? '').join('\n'));
    expect(evidence).toContain('<script>window.__pwned=1</script>');
    expect(evidence).toContain('<img src=x onerror="window.__pwned=1">');
    // The matrix, controls and the first member (the whole page is ~45,000 px tall).
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1800 } });
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('opens the detail panel with the quote as text when a matrix cell is clicked', async () => {
    await page.locator('#matrix tbody tr[data-m="0"] a[data-e]').first().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    expect(await page.locator('#d-member').textContent()).toBe('alpha');
    await page.locator('#d-close').click();
    expect(await page.locator('#detail').isHidden()).toBe(true);
    expect(await pwned()).toBeUndefined();
  });

  it('sorts the matrix by score and by name', async () => {
    expect(await rowOrder()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    const scores = await page.$$eval('#matrix tbody tr td.num', (cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)));
    const byScore = ['alpha', 'bravo', 'charlie', 'delta'].map((id, i) => ({ id, score: scores[i] }));
    const ascending = [...byScore].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).map((m) => m.id);

    await page.locator('th[data-sort="score"] button').click();
    expect(await rowOrder()).toEqual(ascending);
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('th[data-sort="score"] button').click();
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('descending');
    expect((await rowOrder())[0]).toBe(ascending[ascending.length - 1]);

    await page.locator('th[data-sort="name"] button').click();
    expect(await rowOrder()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('none');
    await page.locator('th[data-sort="name"] button').click();
    expect(await rowOrder()).toEqual(['delta', 'charlie', 'bravo', 'alpha']);
    await page.locator('th[data-sort="name"] button').click();
    expect(await page.locator('th[data-sort="name"]').getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters the matrix by area', async () => {
    const areas = await page.$$eval('#f-area option', (options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    expect(areas.length).toBeGreaterThan(1);
    const [chosen, other] = areas;
    await page.selectOption('#f-area', chosen);
    expect(await page.locator(`#matrix th.area[data-area="${chosen}"]`).isVisible()).toBe(true);
    expect(await page.locator(`#matrix th.area[data-area="${other}"]`).isHidden()).toBe(true);
    const shownAreas = await page.$$eval('#matrix td.cell', (cells) =>
      [...new Set(cells.filter((cell) => !(cell as HTMLElement).hidden).map((cell) => (cell as HTMLElement).dataset.area))]);
    expect(shownAreas).toEqual([chosen]);
    await page.selectOption('#f-area', '');
    expect(await page.locator(`#matrix th.area[data-area="${other}"]`).isVisible()).toBe(true);
  });

  it('filters the matrix by status', async () => {
    for (const status of ['weak', 'missing', 'not-applicable']) await page.locator(`input[name="f-status"][value="${status}"]`).uncheck();
    // charlie covers nothing, so only the others keep a visible cell.
    expect(await visibleRows()).toEqual(['alpha', 'bravo', 'delta']);
    expect(await page.locator('#f-count').textContent()).toBe('Showing 3 of 4 members');
    const offCovered = await page.locator('#matrix tbody tr:not([hidden]) td.cell.s-covered.off').count();
    expect(offCovered).toBe(0);
    expect(await page.locator('#matrix tbody tr:not([hidden]) td.cell.s-missing:not(.off)').count()).toBe(0);
    for (const status of ['weak', 'missing', 'not-applicable']) await page.locator(`input[name="f-status"][value="${status}"]`).check();
    expect(await visibleRows()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(await page.locator('#f-count').textContent()).toBe('Showing 4 of 4 members');
  });

  it('makes no network request while loading', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
  });

  it('links only to the page itself or to https documentation', async () => {
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !href.startsWith('#') && !href.startsWith('https://'))).toEqual([]);
  });

  it('runs no injected code after every link, button and summary is clicked', async () => {
    // In-page links, buttons and summaries are clicked; https documentation links would leave the page.
    const clicked = await page.evaluate(() => {
      const targets = Array.from(document.querySelectorAll<HTMLElement>('a, button, summary'))
        .filter((target) => !(target instanceof HTMLAnchorElement) || (target.getAttribute('href') ?? '#').startsWith('#'));
      for (const target of targets) target.click();
      return targets.length;
    });
    expect(clicked).toBeGreaterThan(10);
    expect(await pwned()).toBeUndefined();
    expect(page.url().startsWith(url)).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
  });
});
