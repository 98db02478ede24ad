import type { LoadedSuite } from '../config/load.js';
import { contentHash } from '../core/hash.js';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { CaseRecord, Manifest, ScoreRecord } from '../results/run-schema.js';
import { VERSION } from '../version.js';
import { scorerName, type PromptfooAssertion } from './promptfoo-assertions.js';

/**
 * Results of other eval tools as evalgate's run records, so `evalgate compare` can gate them:
 * a promptfoo results JSON (`promptfoo eval -o results.json`) or an Inspect eval log in JSON
 * (`inspect eval --log-format json`, or `inspect log dump FILE.eval`). docs/migrating.md lists
 * every field read. Pure: the caller reads the file and aggregates the records.
 */
export interface ForeignRun {
  tool: 'promptfoo' | 'inspect';
  manifest: Manifest;
  records: CaseRecord[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Which tool wrote `json`, by the shape of its top level; undefined for evalgate's own run.json or anything else. */
export function foreignFormat(json: unknown): ForeignRun['tool'] | undefined {
  if (!isObject(json)) return undefined;
  if (Array.isArray(json.samples) && isObject(json.eval)) return 'inspect';
  const results = json.results;
  if (Array.isArray(results) || (isObject(results) && Array.isArray(results.results))) return 'promptfoo';
  return undefined;
}

export function convertForeignRun(json: unknown, file: string, suites: readonly LoadedSuite[]): Result<ForeignRun> {
  const tool = foreignFormat(json);
  if (!tool) return fail({ file, message: 'not a promptfoo results JSON nor an Inspect eval log' });
  return tool === 'promptfoo' ? fromPromptfoo(json as Raw, file, suites) : fromInspect(json as Raw, file, suites);
}

/** The suite rows go to: the config's only suite, else the one whose id matches what the row names. */
function suiteFor(suites: readonly LoadedSuite[], candidates: string[]): LoadedSuite | undefined {
  if (suites.length === 1) return suites[0];
  return suites.find((s) => candidates.includes(s.id));
}

interface Row {
  suite: LoadedSuite;
  id: string;
  vars: Raw;
  tags: Record<string, string>;
  expected?: unknown;
  output: string | null;
  scores: Record<string, ScoreRecord>;
  latency: number | null;
  tokens: CaseRecord['tokens'];
  cost: number | null;
  error: string | null;
  model: string;
}

function build(tool: ForeignRun['tool'], file: string, rows: Row[], started: string | null): ForeignRun {
  const repeats = new Map<string, number>();
  const records: CaseRecord[] = rows.map((r) => {
    const key = `${r.suite.id}\u0000${r.id}`;
    const repeat = repeats.get(key) ?? 0;
    repeats.set(key, repeat + 1);
    return {
      suite: r.suite.id,
      id: r.id,
      repeat,
      tags: r.tags,
      severity: 'normal',
      fingerprint: contentHash({ vars: r.vars, expected: r.expected ?? null, tags: r.tags }),
      ...(r.expected !== undefined ? { expected: r.expected } : {}),
      output: r.error ? null : r.output,
      scores: r.error ? {} : r.scores,
      latency_ms: r.latency,
      tokens: r.tokens,
      cost_usd: r.cost,
      error: r.error ? { kind: 'infrastructure', message: r.error } : null,
    };
  });
  const bySuite = [...new Set(rows.map((r) => r.suite))];
  const when = started ?? new Date(0).toISOString();
  return {
    tool,
    records,
    manifest: {
      tool: { name: 'evalgate', version: VERSION },
      config: { file, hash: contentHash(file) },
      git: { sha: null, ref: null },
      event: null,
      pr: null,
      tier: 'full',
      shard: null,
      suites: bySuite.map((s) => {
        const mine = records.filter((r) => r.suite === s.id);
        return {
          id: s.id,
          dataset: file,
          dataset_hash: contentHash(mine.map((r) => [r.id, r.fingerprint])),
          prompt: `(${tool})`,
          prompt_hash: contentHash(tool),
          provider: s.provider,
          model: rows.find((r) => r.suite === s)?.model ?? tool,
          tier: 'full',
          cases: new Set(mine.map((r) => r.id)).size,
          repeats: Math.max(
            1,
            ...[...repeats.entries()].filter(([k]) => k.startsWith(`${s.id}\u0000`)).map(([, n]) => n),
          ),
          scorer_hashes: s.hashes.scorers,
          rule_hashes: s.hashes.rules,
        };
      }),
      started_at: when,
      ended_at: when,
    },
  };
}

/** Case id: the test's metadata id, else a hash of its vars (what evalgate gives a dataset line without an id). */
function caseId(metadata: unknown, vars: Raw): string {
  const id = isObject(metadata) ? metadata.id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `h-${contentHash({ vars }, 12)}`;
}

function tagsOf(metadata: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (isObject(metadata))
    for (const [k, v] of Object.entries(metadata))
      if (k !== 'id' && ['string', 'number', 'boolean'].includes(typeof v))
        tags[slug(k).replace(/-/g, '_')] = String(v);
  return tags;
}

function fromPromptfoo(json: Raw, file: string, suites: readonly LoadedSuite[]): Result<ForeignRun> {
  const container = isObject(json.results) ? json.results : json;
  const list = (Array.isArray(container.results) ? container.results : []) as unknown[];
  const issues: Issue[] = [];
  const rows: Row[] = [];
  list.forEach((item, i) => {
    if (!isObject(item)) return;
    const test = isObject(item.testCase) ? item.testCase : {};
    const vars = isObject(item.vars) ? item.vars : isObject(test.vars) ? test.vars : {};
    const prompt = isObject(item.prompt) ? item.prompt : {};
    const provider = isObject(item.provider) ? item.provider : {};
    const providerName = String(provider.label || provider.id || '');
    const promptName = slug(String(prompt.label ?? `prompt-${(num(item.promptIdx) ?? 0) + 1}`));
    const suite = suiteFor(suites, [
      promptName,
      `${promptName}-${slug(providerName.replace(/^[^:]+:(chat:|messages:)?/, ''))}`,
    ]);
    if (!suite) {
      issues.push({
        file,
        path: `results[${i}]`,
        message: `no suite for prompt "${promptName}" and provider "${providerName}"; suites: ${suites.map((s) => s.id).join(', ')}`,
      });
      return;
    }
    const response = isObject(item.response) ? item.response : {};
    const usage = isObject(response.tokenUsage) ? response.tokenUsage : undefined;
    const grading = isObject(item.gradingResult) ? item.gradingResult : undefined;
    const scores: Record<string, ScoreRecord> = {};
    const taken: Record<string, 1> = {};
    for (const component of Array.isArray(grading?.componentResults) ? grading.componentResults : []) {
      if (!isObject(component)) continue;
      const assertion = isObject(component.assertion)
        ? (component.assertion as PromptfooAssertion)
        : { type: 'assertion' };
      let id = scorerName(assertion);
      for (let n = 2; taken[id]; n++) id = `${scorerName(assertion)}-${n}`;
      taken[id] = 1;
      const pass = typeof component.pass === 'boolean' ? component.pass : null;
      scores[id] = {
        value: num(component.score) ?? (pass ? 1 : 0),
        pass,
        ...(typeof component.reason === 'string' && component.reason ? { detail: component.reason } : {}),
      };
    }
    const output = response.output;
    const error =
      typeof item.error === 'string' && item.error
        ? item.error
        : typeof response.error === 'string' && response.error
          ? response.error
          : null;
    rows.push({
      suite,
      id: caseId(test.metadata, vars),
      vars,
      tags: tagsOf(test.metadata ?? item.metadata),
      output:
        typeof output === 'string' ? output : output === undefined || output === null ? '' : JSON.stringify(output),
      scores,
      latency: num(item.latencyMs),
      tokens:
        usage && num(usage.total) !== null
          ? { prompt: num(usage.prompt) ?? 0, completion: num(usage.completion) ?? 0, total: num(usage.total)! }
          : null,
      cost: num(item.cost) ?? num(response.cost),
      error,
      model: String(provider.id ?? 'promptfoo'),
    });
  });
  if (issues.length) return fail(...issues);
  if (!rows.length) return fail({ file, message: 'the promptfoo results hold no result rows (results.results)' });
  const timestamp = typeof container.timestamp === 'string' ? container.timestamp : null;
  return ok(build('promptfoo', file, rows, timestamp));
}

/** Inspect's score values: C(orrect) 1, I(ncorrect) 0, P(artial) 0.5, N(o answer) 0, as its value_to_float; booleans and numbers as they are. */
function inspectScore(score: Raw): ScoreRecord | undefined {
  const v = score.value;
  const detail = typeof score.explanation === 'string' && score.explanation ? { detail: score.explanation } : {};
  if (typeof v === 'boolean') return { value: v ? 1 : 0, pass: v, ...detail };
  if (typeof v === 'string') {
    const letter = ({ C: 1, I: 0, P: 0.5, N: 0 } as Record<string, number>)[v.toUpperCase()];
    if (letter !== undefined) return { value: letter, pass: v.toUpperCase() === 'C', ...detail };
    if (/^(yes|true|correct)$/i.test(v)) return { value: 1, pass: true, ...detail };
    if (/^(no|false|incorrect)$/i.test(v)) return { value: 0, pass: false, ...detail };
    return undefined;
  }
  const n = num(v);
  return n === null ? undefined : { value: n, pass: null, ...detail };
}

function fromInspect(json: Raw, file: string, suites: readonly LoadedSuite[]): Result<ForeignRun> {
  const evalInfo = json.eval as Raw;
  const task = slug(String(evalInfo.task ?? 'task').replace(/^.*\//, ''));
  const suite = suiteFor(suites, [task]);
  if (!suite)
    return fail({
      file,
      path: 'eval.task',
      message: `no suite "${task}" in the config; suites: ${suites.map((s) => s.id).join(', ')}`,
    });
  const rows: Row[] = (json.samples as unknown[]).filter(isObject).map((sample) => {
    const output = isObject(sample.output) ? sample.output : {};
    const choice = Array.isArray(output.choices) && isObject(output.choices[0]) ? output.choices[0] : {};
    const message = isObject(choice.message) ? choice.message : {};
    const content = message.content;
    const text =
      typeof content === 'string'
        ? content
        : Array.isArray(content)
          ? content
              .filter((c) => isObject(c) && c.type === 'text')
              .map((c) => String((c as Raw).text ?? ''))
              .join('')
          : typeof output.completion === 'string'
            ? output.completion
            : '';
    const usage = isObject(output.usage) ? output.usage : undefined;
    const scores: Record<string, ScoreRecord> = {};
    for (const [name, score] of Object.entries(isObject(sample.scores) ? sample.scores : {})) {
      const mapped = isObject(score) ? inspectScore(score) : undefined;
      if (mapped) scores[slug(name)] = mapped;
    }
    const input = sample.input;
    const vars = { input: typeof input === 'string' ? input : JSON.stringify(input) };
    const error = isObject(sample.error)
      ? String(sample.error.message ?? 'error')
      : typeof sample.error === 'string'
        ? sample.error
        : null;
    return {
      suite,
      id: sample.id !== undefined ? String(sample.id) : `h-${contentHash({ vars }, 12)}`,
      vars,
      tags: tagsOf(sample.metadata),
      ...(sample.target !== undefined ? { expected: sample.target } : {}),
      output: text,
      scores,
      latency:
        num(output.time) !== null
          ? num(output.time)! * 1000
          : num(sample.total_time) !== null
            ? num(sample.total_time)! * 1000
            : null,
      tokens: usage
        ? {
            prompt: num(usage.input_tokens) ?? 0,
            completion: num(usage.output_tokens) ?? 0,
            total: num(usage.total_tokens) ?? (num(usage.input_tokens) ?? 0) + (num(usage.output_tokens) ?? 0),
          }
        : null,
      cost: null,
      error,
      model: String(evalInfo.model ?? output.model ?? 'inspect'),
    };
  });
  // epochs are repeats: sort so epoch 1 of a sample comes before epoch 2
  const epochs = (json.samples as unknown[]).filter(isObject).map((s) => num(s.epoch) ?? 1);
  const order = rows
    .map((r, i) => ({ r, e: epochs[i]! }))
    .sort((a, b) => a.e - b.e)
    .map((x) => x.r);
  if (!order.length) return fail({ file, message: 'the Inspect log holds no samples' });
  const created = typeof evalInfo.created === 'string' ? evalInfo.created : null;
  return ok(build('inspect', file, order, created));
}
