import { contentHash } from '../core/hash.js';
import type { ChatMessage } from '../prompt/messages.js';
import type { PromptTemplate } from '../prompt/messages.js';
import { lookupPath } from '../prompt/template.js';
import type { Severity } from '../results/run-schema.js';
import { templateContext } from './template-context.js';
import type { IncidentTrace } from './incident-trace.js';

/** What `evalgate add-case` was told on the command line (flags win over the trace). */
export interface IncidentFlags {
  ref?: string;
  vars: Record<string, string>;
  expected?: string;
  tags: Record<string, string>;
  severity: Severity;
}

/** A placeholder some template of the suite uses, and where (for the message when a case lacks it). */
export interface TemplateUse {
  name: string;
  where: string;
}

/** The dataset line add-case appends, in the order its keys are written. */
export interface IncidentCaseLine {
  id: string;
  vars: Record<string, unknown>;
  expected?: unknown;
  tags: Record<string, string>;
  severity: Severity;
  /** The answer that failed in production, kept for the record (docs/governance.md); it is not scored. */
  incident_output: string;
}

export type IncidentCaseResult =
  { ok: true; line: IncidentCaseLine } | { ok: false; missing: TemplateUse[]; promptMismatch: boolean };

/**
 * Turns a trace into a regression case (docs/governance.md, "Incidents become regression
 * cases"). Variables come, later ones winning, from the request's messages read back through
 * the prompt template, the trace's `vars`, then `--var` flags; the JSON-line form's `input`
 * fills the one prompt variable still missing, if exactly one is. The id is `incident-` plus the ref
 * and a hash of what the case holds, so the same trace added twice gets the same id.
 */
export function incidentCase(
  trace: IncidentTrace,
  flags: IncidentFlags,
  prompt: PromptTemplate,
  uses: readonly TemplateUse[],
  suiteVars: Record<string, unknown> = {},
): IncidentCaseResult {
  const recovered = trace.messages ? varsFromMessages(prompt, trace.messages) : undefined;
  const vars: Record<string, unknown> = { ...(recovered ?? {}), ...trace.vars, ...flags.vars };
  const expected = flags.expected ?? trace.expected;
  const ref = flags.ref;
  const tags: Record<string, string> = {
    ...trace.tags,
    ...flags.tags,
    source: 'incident',
    ...(ref !== undefined ? { incident: ref } : {}),
  };
  const missingNow = () => {
    // the suite's `vars:` reach every case under its own, so they count as given
    const context = templateContext({ id: '', vars: { ...suiteVars, ...vars }, expected, tags });
    const seen = new Set<string>();
    return uses.filter((u) => {
      if (seen.has(u.name) || lookupPath(context, u.name) !== undefined) return false;
      seen.add(u.name);
      return true;
    });
  };
  let missing = missingNow();
  const missingVars = [...new Set(missing.flatMap((u) => varName(u.name) ?? []))];
  const sole = missingVars.length === 1 ? missingVars[0] : undefined;
  if (trace.input !== undefined && sole !== undefined) {
    vars[sole] = trace.input;
    missing = missingNow();
  }
  if (missing.length) return { ok: false, missing, promptMismatch: trace.messages !== undefined && !recovered };
  const hash = contentHash({ ref: ref ?? null, vars, expected: expected ?? null, output: trace.output }, 10);
  const slug = ref?.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return {
    ok: true,
    line: {
      id: `incident-${slug ? `${slug}-` : ''}${hash}`,
      vars,
      ...(expected !== undefined ? { expected } : {}),
      tags,
      severity: flags.severity,
      incident_output: trace.output,
    },
  };
}

/** The variable a placeholder names (`question` or `vars.question`); undefined for `expected`, `id` and `tags.*`. */
function varName(placeholder: string): string | undefined {
  const [head, second, ...rest] = placeholder.split('.');
  if (head === 'vars') return second !== undefined && !rest.length ? second : undefined;
  if (head === 'expected' || head === 'id' || head === 'tags') return undefined;
  return second === undefined ? head : undefined;
}

/**
 * The variables a request was rendered with, read back by matching each message against the
 * prompt's message of the same role: literal text must match exactly and each `{{name}}`
 * captures what stood there. Undefined when the messages do not fit the prompt (it changed
 * since, or the request was not made from it).
 */
export function varsFromMessages(
  prompt: PromptTemplate,
  messages: readonly ChatMessage[],
): Record<string, string> | undefined {
  if (prompt.parts.length !== messages.length) return undefined;
  const vars: Record<string, string> = {};
  for (const [i, part] of prompt.parts.entries()) {
    const message = messages[i]!;
    if (message.role !== part.role) return undefined;
    const names: (string | undefined)[] = [];
    const pattern = part.text
      .split(/(\{\{\s*[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*\s*\}\})/)
      .map((piece, k) => {
        if (k % 2 === 0) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(varName(piece.slice(2, -2).trim()));
        return '([\\s\\S]*?)';
      })
      .join('');
    const match = new RegExp(`^${pattern}$`).exec(message.content.replace(/\r\n?/g, '\n').trim());
    if (!match) return undefined;
    for (const [k, name] of names.entries()) {
      if (name === undefined) continue;
      const value = match[k + 1]!;
      // the same variable twice must have rendered the same text both times
      if (vars[name] !== undefined && vars[name] !== value) return undefined;
      vars[name] = value;
    }
  }
  return vars;
}
