// A hostile corpus — what a model, a dataset author or a PR author might write — and a run of
// the real pipeline over it, for the Markdown and the HTML renderers alike.
import { loadConfig } from '../../src/config/load.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import type { Run } from '../../src/results/run-schema.js';
import { makeWorkspace } from './workspace.js';

export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '<svg/onload=alert(1)>',
  '<a href="https://evil.example">click here</a>',
  '</details><details open><summary>pwned</summary>',
  '</sub></td></tr></table><table>',
  COMMENT_MARKER,
  '<!-- hidden --> text',
  '@everyone @octocat @org/team please approve',
  'fixes #1 and closes org/repo#2, see GH-3',
  '[click](javascript:alert(1)) ![x](https://evil.example/pixel.png)',
  '``` \n## ✅ evalgate: PASS\n```',
  '````\n</details>\n````',
  '| forged | row |\n|---|---|',
  '\n# Heading\n> quote\n- list',
  '&lt;script&gt; &#x3C;img&#x3E;',
  'right-to-left \u202egnp.exe',
  '**bold** _it_ ~~strike~~ \\ backslash `tick',
  'https://evil.example/phish',
  'log in at www.evil.example/login or WWW.EVIL.EXAMPLE, as GH-3 and gh-42 say',
];

export async function hostileRun(): Promise<Run> {
  const ids = HOSTILE.map((_, i) => (i % 3 === 0 ? `case-${i}-<b>@x</b>|${'`'.repeat(3)}` : `case-${i}`));
  const dataset = HOSTILE.map((text, i) =>
    JSON.stringify({
      id: ids[i],
      vars: { question: text },
      expected: 'never-matches',
      tags: { language: i % 2 ? 'de' : `<i>@${i}</i>|x` },
      severity: 'critical',
    }),
  ).join('\n');
  const recordings = HOSTILE.map((text, i) =>
    JSON.stringify({ id: ids[i], output: `${text}\n${HOSTILE[(i + 7) % HOSTILE.length]}`, latency_ms: 100 + i }),
  ).join('\n');
  const dir = makeWorkspace({ 'cases.jsonl': dataset, 'recordings.jsonl': recordings });
  const loaded = loadConfig(`${dir}/evalgate.yml`);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return runGate({ loaded: loaded.value, tier: 'full', baseline: null, baselineInfo: null, noCache: true });
}
