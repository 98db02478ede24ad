// A hostile corpus — what a model, a dataset author or a PR author might write — fed through
// the pipeline and renderMarkdown: nothing of it may become HTML, a mention, an issue
// reference, a link or a second evalgate marker in the comment.
import { describe, expect, test } from 'vitest';
import { asError } from '../../src/action/verdict-run.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import { HOSTILE, hostileRun } from '../support/hostile-run.js';
import { visibleMarkdown } from '../support/visible-markdown.js';

const ALLOWED_TAGS = /^<\/?(details|summary|sub)>$|^<details><summary>/;

/** Nothing in the visible Markdown becomes HTML, a mention, a reference, a link or a second marker. */
function expectInert(md: string, visible: string): void {
  for (const tag of visible.match(/<[^>\n]*>?/g) ?? []) {
    if (tag === COMMENT_MARKER && visible.startsWith(COMMENT_MARKER)) continue;
    expect(tag, `raw HTML in:\n${md}`).toMatch(ALLOWED_TAGS);
  }
  expect(visible.split(COMMENT_MARKER).length, 'one marker, ours, at the top').toBe(2);
  expect(visible).not.toMatch(/@[A-Za-z0-9]/);
  expect(visible).not.toMatch(/(^|[\s(,])#\d/m);
  expect(visible).not.toMatch(/[\w.-]+\/[\w.-]+#\d/);
  expect(visible).not.toMatch(/\bGH-\d/i);
  expect(visible).not.toMatch(/(?<!\\)\]\((?!https:\/\/github\.com\/)/);
  expect(visible).not.toMatch(/https?:\/\/evil/);
  expect(visible).not.toMatch(/www\./i);
  expect(visible.match(/<details>/g)?.length ?? 0).toBe(visible.match(/<\/details>/g)?.length ?? 0);
  expect(visible).not.toMatch(/^#{1,6} (?!.*evalgate: (FAIL|could not evaluate)$)(?!support|qa)/m);
}

describe('a hostile corpus through renderMarkdown', () => {
  test('the checks below catch what they look for', () => {
    expect(visibleMarkdown('ok\n<img src=x>')).toMatch(/<img/);
    expect(visibleMarkdown('```text\n<img src=x>\n```')).not.toMatch(/<img/);
    expect(visibleMarkdown('`<img>` and @bob')).toMatch(/@bob/);
  });

  test('model text quoted in the reasons of a run that could not finish stays inert', async () => {
    // a provider's error quotes what the program or the model answered, e.g. `node app.js reported: …`
    const run = asError(
      await hostileRun(),
      'Could not evaluate: the model provider failed.',
      HOSTILE.map((text) => `every model call failed; first error: node app.js reported: ${text}`),
    );
    const md = renderMarkdown(run, { marker: true });
    expect(md).toContain('www\u200b.evil.example');
    expectInert(md, visibleMarkdown(md));
  });

  test('produces no raw HTML, mentions, references, links or forged markers', async () => {
    const run = await hostileRun();
    expect(run.decision?.critical_failures.length).toBe(HOSTILE.length);
    for (const budget of [undefined, 4_000]) {
      const md = renderMarkdown(run, { marker: true, ...(budget ? { budget } : {}) });
      const visible = visibleMarkdown(md);
      // the hostile text is there, inert
      if (!budget) expect(md).toContain('<img src=x onerror=alert(1)>');
      expect(md).toContain('case-0-<b>@x</b>');
      expectInert(md, visible);
    }
  });
});
