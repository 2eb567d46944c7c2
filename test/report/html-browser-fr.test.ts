// The batch HTML report in French, in a real browser (Chromium via playwright-core, never
// downloaded): the UI words are French, the script's filter count too, and nothing breaks.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!existsSync(CHROMIUM))('French html report in Chromium', () => {
  const dir = tempDir({
    'members/alpha/politique.md': '# Politique\n\nNos services sont gratuits.\nLe personnel ne doit pas accepter de cadeaux des clients.\n',
    'members/bravo/policy.md': '# Policy\n\nStaff should try to avoid gifts from clients.\n',
  });
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const result = await runCli(['batch', join(dir, 'members'), '--rubric', 'test/fixtures/rubrics/bilingual.yaml', '--format', 'html', '--no-config', '--fail-on', 'never', '--jobs', '1'], {
      env: { NO_COLOR: '1', LANG: 'fr_CA.UTF-8' },
    });
    expect(result.code).toBe(0);
    const file = join(dir, 'report.html');
    writeFileSync(file, result.stdout);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('is a French page: language, sort buttons, filters and count', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('th[data-sort="name"] button').textContent()).toBe('Membre');
    expect(await page.locator('#f-area option[value=""]').textContent()).toBe('Tous les domaines');
    expect(await page.locator('.controls legend').textContent()).toBe('Statut');
    expect(await page.locator('#f-count').textContent()).toBe('2 membres affichés sur 2');
  });

  it('counts in French after filtering, and shows each file with its language', async () => {
    for (const status of ['weak', 'missing', 'not-applicable']) await page.locator(`input[name="f-status"][value="${status}"]`).uncheck();
    expect(await page.locator('#f-count').textContent()).toBe('1 membre affiché sur 2');
    const files = await page.$$eval('p.files', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(files.join('\n')).toContain('politique.md (français)');
    expect(files.join('\n')).toContain('policy.md (anglais)');
    await page.locator('#matrix tbody tr[data-m="0"] a[data-e]').first().click();
    expect(await page.locator('#d-close').textContent()).toBe('Fermer');
    expect(errors).toEqual([]);
  });
});
