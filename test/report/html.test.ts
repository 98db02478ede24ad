import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoRoot } from '../../src/cli/demo.js';
import { HTML_CASE_LIMIT, renderHtml } from '../../src/report/html.js';
import { readRunFile } from '../../src/results/run-file.js';
import { bigRun } from '../support/big-run.js';
import { demoRun } from '../support/demo-runs.js';
import { HOSTILE, hostileRun } from '../support/hostile-run.js';

/** The page outside the embedded JSON data. */
function markup(html: string): string {
  return html.replace(/<script type="application\/json" id="evalgate-data">[\s\S]*?<\/script>/, '');
}

describe('report.html', () => {
  test('allows only its own script and style, by hash, and loads nothing from anywhere', async () => {
    const html = renderHtml(await demoRun('pr-fail'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const b64 = (t: string) => createHash('sha256').update(t).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${b64(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${b64(style)}'`);
    expect(markup(html)).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('shows the verdict, the rules with a forest plot per regression rule, and the manifest', async () => {
    const run = await demoRun('pr-fail');
    const html = renderHtml(run);
    expect(html).toContain('<h1><span class="fail">✖</span> evalgate: FAIL</h1>');
    expect(html).toContain('correct.pass_rate for language=de fell by 25.0 pp');
    expect(html.match(/<figure><figcaption>correct\.pass_rate \(max drop/g)).toHaveLength(2);
    expect(html).toContain('margin −10.0 pp');
    expect(html).toContain(run.manifest.config.hash);
    expect(html).toContain(run.manifest.suites[0]!.dataset_hash);
    expect(html).toContain('Latency per call (ms) · n=400');
  });

  test('pairs each case with the baseline output and flags changed, failed and critical cases', async () => {
    const root = demoRoot();
    const baseline = readRunFile(join(root, 'baseline', 'run.json'));
    if (!baseline.ok) throw new Error('no baseline');
    const run = await demoRun('pr-fail');
    const json = /<script type="application\/json" id="evalgate-data">([\s\S]*?)<\/script>/.exec(
      renderHtml(run, { baseline: baseline.value }),
    )![1]!;
    const cases = (JSON.parse(json) as { cases: { i: string; b: string | null; ch: number; f: number; v: string }[] })
      .cases;
    expect(cases).toHaveLength(run.cases.length);
    const critical = cases.find((c) => c.i === 'password-en-002')!;
    expect(critical.v).toBe('critical');
    expect(critical.f).toBe(1);
    expect(critical.ch).toBe(1);
    expect(critical.b).toBe(baseline.value.cases.find((c) => c.id === 'password-en-002')!.output);
    expect(cases.filter((c) => c.f).length).toBe(
      run.cases.filter((c) => Object.values(c.scores).some((s) => !s.pass)).length,
    );
  });

  test('the hostile corpus stays text: no markup of it outside the escaped JSON', async () => {
    const run = await hostileRun();
    const html = renderHtml(run);
    const page = markup(html);
    const json = /<script type="application\/json" id="evalgate-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json).cases.map((c: { o: string }) => c.o.split('\n')[0])).toEqual(
      HOSTILE.map((h) => h.split('\n')[0]),
    );
    expect(page.match(/<script/g)).toHaveLength(1);
    for (const text of ['<img', '<svg/onload', '<a ', '<b>@x', '<i>@']) expect(page).not.toContain(text);
    expect(page).toContain('case-0-&#60;b&#62;@x&#60;/b&#62;');
  });

  test('a run of more than 10,000 records embeds 10,000, failed and changed ones first, and says so', () => {
    const { run, baseline } = bigRun(12_000);
    const html = renderHtml(run, { baseline });
    const json = /<script type="application\/json" id="evalgate-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const cases = (JSON.parse(json) as { cases: { i: string; f: number; ch: number }[] }).cases;
    expect(cases).toHaveLength(HTML_CASE_LIMIT);
    const notable = run.cases.filter(
      (r) => r.error || Object.values(r.scores).some((s) => s.pass === false) || r.severity === 'critical',
    );
    expect(notable.length).toBeGreaterThan(0);
    const embedded = new Set(cases.map((c) => c.i));
    for (const r of notable) expect(embedded.has(r.id)).toBe(true);
    expect(cases.map((c) => c.i)).toEqual(run.cases.map((r) => r.id).filter((id) => embedded.has(id)));
    expect(html).toContain("This page holds 10,000 of the run's 12,000 records");
    expect(html).toContain('Latency per call (ms) · n=12000');
  });

  test('10,000 cases with baseline outputs render into less than 10 MB', () => {
    const { run, baseline } = bigRun(10_000);
    const started = performance.now();
    const html = renderHtml(run, { baseline });
    const ms = performance.now() - started;
    const mb = Buffer.byteLength(html) / 1e6;
    console.log(`report.html for 10,000 cases: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    expect(mb).toBeLessThan(10);
  });
});
