// report.html in a real browser: Debian's chromium, driven by playwright-core. CI installs
// chromium (.ci/run), so there the test must run; elsewhere it is skipped with a message.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoRoot } from '../../src/cli/demo.js';
import { renderHtml } from '../../src/report/html.js';
import { readRunFile } from '../../src/results/run-file.js';
import type { Run } from '../../src/results/run-schema.js';
import { bigRun } from '../support/big-run.js';
import { demoRun } from '../support/demo-runs.js';
import { hostileRun } from '../support/hostile-run.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
if (!present)
  console.warn(`skipping the report.html browser tests: ${CHROMIUM} is not installed (apt-get install chromium)`);

let browser: BrowserContext;
let dir: string;

beforeAll(async () => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'evalgate-html-'));
  // a fresh profile per run; playwright passes it as --user-data-dir
  browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Opens the page from a file, recording console errors, page errors, dialogs and every request but the page's own. */
async function open(name: string, html: string, wait = true): Promise<Loaded> {
  const path = join(dir, name);
  writeFileSync(path, html);
  const url = pathToFileURL(path).href;
  const page = await browser.newPage();
  const loaded: Loaded = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => m.type() === 'error' && loaded.errors.push(m.text()));
  page.on('pageerror', (e) => loaded.errors.push(e.message));
  page.on('request', (r) => r.url() !== url && loaded.requests.push(r.url()));
  page.on('dialog', (d) => {
    loaded.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  if (wait) await page.waitForSelector('#case-rows tr');
  return loaded;
}

const count = (page: Page) => page.locator('#case-count').textContent();

async function demoWithBaseline(): Promise<{ run: Run; baseline: Run }> {
  const baseline = readRunFile(join(demoRoot(), 'baseline', 'run.json'));
  if (!baseline.ok) throw new Error('the demo baseline does not load');
  return { run: await demoRun('pr-fail'), baseline: baseline.value };
}

describe.skipIf(!present)('report.html in headless Chromium', () => {
  test('the checks catch a script the policy does not allow', async () => {
    const html = renderHtml(await demoRun('pr-pass')).replace('<script>(function', '<script>void 0;(function');
    const { page, errors } = await open('tampered.html', html, false);
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.locator('#case-rows tr').count()).toBe(0);
  }, 60_000);

  test('the demo’s failing PR loads without console errors or network requests, and filters, sorts and diffs', async () => {
    const { run, baseline } = await demoWithBaseline();
    const { page, errors, requests } = await open('demo.html', renderHtml(run, { baseline }));
    expect(await count(page)).toBe('400 of 400 records, showing the first 200');
    await page.check('#f-critical');
    await page.check('#f-failed');
    expect(await count(page)).toBe('1 of 400 records');
    await page.locator('#case-rows tr').first().click();
    const detail = page.locator('.detail');
    await expect.poll(() => detail.locator('del').count()).toBeGreaterThan(0);
    expect(await detail.locator('ins').count()).toBeGreaterThan(0);
    expect(await detail.textContent()).toContain('<b>right away</b>');
    await page.uncheck('#f-critical');
    await page.uncheck('#f-failed');
    await page.selectOption('#f-slice', 'language=de');
    expect(await count(page)).toBe('100 of 400 records');
    await page.fill('#f-search', 'password');
    const filtered = Number((await count(page))!.split(' ')[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(100);
    await page.fill('#f-search', '');
    await page.click('th[data-sort="latency"]');
    await page.click('th[data-sort="latency"]');
    const first = await page.locator('#case-rows tr td:nth-child(6)').first().textContent();
    const slowest = Math.max(...run.cases.filter((c) => c.tags.language === 'de').map((c) => c.latency_ms ?? 0));
    expect(first).toBe(`${Math.round(slowest)} ms`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    if (process.env.UPDATE_SCREENSHOT) {
      // the README's picture: the verdict, the rules, the plots and the critical case opened
      await page.selectOption('#f-slice', '');
      await page.check('#f-critical');
      await page.check('#f-failed');
      await page.locator('#case-rows tr').first().click();
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: 'docs/report-html.png', fullPage: true });
    }
  }, 60_000);

  test('the hostile corpus runs no script, opens no dialog and loads nothing', async () => {
    const { page, errors, requests, dialogs } = await open('hostile.html', renderHtml(await hostileRun()));
    await page.locator('#case-rows tr').first().click();
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img, iframe, a[href], svg[onload]').count()).toBe(0);
    expect(await page.locator('#case-rows').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  }, 60_000);

  test('with 10,000 cases a filter takes less than 200 ms', async () => {
    const { run, baseline } = bigRun(10_000);
    const { page, errors } = await open('big.html', renderHtml(run, { baseline }));
    const timings: number[] = [];
    for (const step of [
      () => page.selectOption('#f-slice', 'language=de'),
      () => page.check('#f-failed'),
      () => page.fill('#f-search', 'account'),
      () => page.click('th[data-sort="latency"]'),
    ]) {
      await step();
      timings.push(Number(await page.locator('body').getAttribute('data-filter-ms')));
    }
    console.log(`report.html, 10,000 cases: filter/sort times ${timings.join(', ')} ms`);
    for (const ms of timings) expect(ms).toBeLessThan(200);
    expect(errors).toEqual([]);
  }, 120_000);
});
