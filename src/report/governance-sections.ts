import type { Run } from '../results/run-schema.js';
import { clip, esc, escapeInline, inlineCode } from './escape.js';
import { failureModes, type SuiteFailureModes } from './failure-modes.js';
import { incidentGuards, type IncidentGuard } from './incident-guards.js';

/**
 * The report's governance lines for one suite (docs/governance.md): the guards from incidents
 * and the top failure modes, in Markdown (PR comment, job summary, report.md) and in
 * report.html. Case ids, reasons and outputs are dataset and model text: always escaped.
 */

/** Modes shown in Markdown; report.html shows more. */
const MARKDOWN_MODES = 10;
const HTML_MODES = 30;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function guardSummary(guards: readonly IncidentGuard[]): { head: string; open: IncidentGuard[] } {
  const open = guards.filter((g) => g.status !== 'pass');
  const failing = open.filter((g) => g.status === 'fail').length;
  const errored = open.length - failing;
  const parts = [failing ? `${failing} failing` : '', errored ? `${errored} not evaluated` : ''].filter(Boolean);
  return { head: `${guards.length}, ${open.length ? parts.join(', ') : 'all passing'}`, open };
}

/** "**Guards from incidents**: 12, all passing", or the failing ones by id and incident. */
export function incidentMarkdown(run: Run, suite: string): string[] {
  const guards = incidentGuards(run, suite);
  if (!guards.length) return [];
  const { head, open } = guardSummary(guards);
  const lines = ['', `**Guards from incidents**: ${head}${open.length ? ':' : '.'}`];
  if (open.length) lines.push('');
  for (const g of open.slice(0, 20))
    lines.push(
      `- ${inlineCode(g.id)}${g.ref ? ` (${escapeInline(g.ref, 80)})` : ''}: ${g.status === 'fail' ? `failed ${g.why.map(inlineCode).join(', ')}` : `could not be evaluated: ${escapeInline(g.why[0] ?? '', 300)}`}`,
    );
  if (open.length > 20) lines.push(`- … and ${open.length - 20} more in run.json`);
  return lines;
}

/** The top failure modes as a table, with the judges' failure tags under it. */
export function failureModesMarkdown(run: Run, suite: string, baseline: Run | null): string[] {
  const f = failureModes(run, suite, baseline);
  if (!f.failed) return [];
  const withNew = f.modes[0]?.new !== null;
  const fresh = f.modes.reduce((n, m) => n + (m.new ?? 0), 0);
  const lines = [
    '',
    `<details><summary>Top failure modes: ${plural(f.failed, 'failed score')} in ${plural(f.modes.length, 'mode')}${withNew ? `, ${fresh} new since the baseline (listed first)` : ''}</summary>`,
    '',
    `| Scorer | Reason | Failures |${withNew ? ' New |' : ''} Slices | Example |`,
    `|---|---|---:|${withNew ? '---:|' : ''}---|---|`,
  ];
  for (const m of f.modes.slice(0, MARKDOWN_MODES)) {
    const slices = m.slices
      .slice(0, 3)
      .map(([s, n]) => `${inlineCode(s)} ${n}`)
      .join(', ');
    const example = `${inlineCode(m.example.id)}${m.example.repeat ? ` (repeat ${m.example.repeat})` : ''}: ${m.example.output === null ? 'no output' : inlineCode(clip(m.example.output, 60))}`;
    lines.push(
      `| ${inlineCode(m.scorer)} | ${m.reason ? escapeInline(m.reason, 120) : '_no reason given_'} | ${m.count} |${withNew ? ` ${m.new} |` : ''} ${slices} | ${example} |`,
    );
  }
  if (f.modes.length > MARKDOWN_MODES)
    lines.push('', `_${f.modes.length - MARKDOWN_MODES} more failure modes in report.html._`);
  if (f.tags.length) lines.push('', `Judge failure tags: ${tagList(f)}`);
  lines.push('', '</details>');
  return lines;
}

const tagList = (f: SuiteFailureModes) => f.tags.map(([t, n]) => `${t} ${n}`).join(' · ');

/** The same two parts for report.html. */
export function failureModesHtml(run: Run, suite: string, baseline: Run | null): string {
  const parts: string[] = [];
  const guards = incidentGuards(run, suite);
  if (guards.length) {
    const { head, open } = guardSummary(guards);
    parts.push(`<p><strong>Guards from incidents</strong>: ${esc(head)}</p>`);
    if (open.length)
      parts.push(
        `<ul>${open
          .map(
            (g) =>
              `<li class="${g.status === 'fail' ? 'fail' : 'error'}"><code>${esc(g.id)}</code>${g.ref ? ` (${esc(g.ref)})` : ''}: ${g.status === 'fail' ? `failed ${esc(g.why.join(', '))}` : `could not be evaluated: ${esc(g.why[0] ?? '')}`}</li>`,
          )
          .join('')}</ul>`,
      );
  }
  const f = failureModes(run, suite, baseline);
  if (f.failed) {
    const withNew = f.modes[0]?.new !== null;
    const rows = f.modes.slice(0, HTML_MODES).map((m) => {
      const slices = m.slices.map(([s, n]) => `<span class="chip">${esc(s)} ${n}</span>`).join(' ');
      return `<tr><td><code>${esc(m.scorer)}</code></td><td class="reason">${m.reason ? esc(m.reason) : '<span class="muted">no reason given</span>'}</td><td class="num">${m.count}</td>${withNew ? `<td class="num">${m.new}</td>` : ''}<td>${slices}</td><td><code>${esc(m.example.id)}</code></td><td class="out">${esc(m.example.output === null ? '(no output)' : clip(m.example.output, 400))}</td></tr>`;
    });
    parts.push(
      `<h3>Top failure modes</h3><p class="muted">${esc(`${plural(f.failed, 'failed score')}${withNew ? '; new since the baseline first' : ''}${f.modes.length > HTML_MODES ? `; the first ${HTML_MODES} of ${f.modes.length} modes` : ''}`)}</p>`,
      `<table><thead><tr><th>Scorer</th><th>Reason</th><th class="num">Failures</th>${withNew ? '<th class="num">New</th>' : ''}<th>Slices</th><th>Example</th><th>Output</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    if (f.tags.length) parts.push(`<p>Judge failure tags: ${esc(tagList(f))}</p>`);
  }
  return parts.join('\n');
}
