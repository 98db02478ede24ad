import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import { displayPath, formatPath } from '../config/load.js';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { renderMessages } from '../prompt/messages.js';
import { contentHash } from '../core/hash.js';
import { didYouMean } from '../core/suggest.js';
import { templateContext, type EvalCase } from '../dataset/case.js';
import { parseDatasetText, readDatasetText } from '../dataset/load-dataset.js';
import { composition, sampleCases, seededOrder, shardCases, type Sample, type Strata } from '../dataset/sample.js';
import { parsePrompt, type PromptTemplate } from '../prompt/messages.js';
import { lookupPath, placeholders } from '../prompt/template.js';
import { createScorer } from '../scorers/registry.js';
import { judgeRubric } from '../scorers/llm-judge-presets.js';
import { parseMetricName } from '../config/metric-name.js';
import type { Scorer } from '../scorers/scorer.js';
import type { ModelAccess } from '../runner/session.js';
import type { Severity, SuiteManifest } from '../results/run-schema.js';
import { readJsonFile } from '../config/read-json-file.js';

export interface PlannedSuite {
  config: LoadedSuite;
  /** Every case in the dataset with its severity (for "removed" and "demoted since the baseline"). */
  allIds: Map<string, Severity>;
  /** The cases this tier and shard run. */
  cases: EvalCase[];
  /** An adaptive tier (README "Adaptive tiers"): the rest of the dataset in the tier's seeded order, and how far it may grow. */
  adaptive?: { remaining: EvalCase[]; max: number; batch: number };
  prompt: PromptTemplate;
  scorers: Scorer[];
  /** Each case's own scorers (its `assert:` list), by case id. */
  caseScorers: Map<string, Scorer[]>;
  manifest: Omit<SuiteManifest, 'model'>;
}

export interface PlanOptions {
  /** `null` plans every case of every suite (what `validate` checks). */
  tier: string | null;
  suites?: readonly string[];
  shard?: { index: number; count: number };
  repeats?: number;
  /** How model-graded scorers (llm-judge) reach their providers during the run. */
  models?: ModelAccess;
}

/** Loads each selected suite's dataset, prompt and scorers and checks that every case renders, before any model call. */
export async function planSuites(loaded: LoadedConfig, options: PlanOptions): Promise<Result<PlannedSuite[]>> {
  const issues: Issue[] = [];
  const wanted = options.suites?.length ? new Set(options.suites) : undefined;
  if (wanted) {
    for (const id of wanted)
      if (!loaded.suites.some((s) => s.id === id))
        issues.push({
          file: loaded.file,
          message: `--suite ${id}: no such suite; suites: ${loaded.suites.map((s) => s.id).join(', ')}`,
        });
  }
  const planned: PlannedSuite[] = [];
  const { limits } = loaded.config;
  for (const [s, suite] of loaded.suites.entries()) {
    if (wanted && !wanted.has(suite.id)) continue;
    const at = (path: PropertyKey[], message: string): Issue => ({
      file: loaded.file,
      ...loaded.locate(['suites', s, ...path]),
      path: formatPath(['suites', s, ...path]),
      message,
    });
    const tier = options.tier === null ? { sample: undefined, seed: '' } : suite.tiers[options.tier];
    if (!tier) {
      issues.push(
        at(
          ['tiers'],
          `suite "${suite.id}" has no tier "${options.tier}"; tiers: ${Object.keys(suite.tiers).join(', ')}`,
        ),
      );
      continue;
    }
    const datasetDisplay = displayPath(suite.datasetPath);
    const datasetText = readDatasetText(suite.datasetPath, datasetDisplay, limits);
    if (!datasetText.ok) {
      issues.push(...datasetText.issues);
      continue;
    }
    const datasetLines = lineCount(datasetText.value);
    const loadedCases = parseDatasetText(datasetText.value, suite.datasetPath, datasetDisplay, limits);
    if (!loadedCases.ok) {
      issues.push(...loadedCases.issues);
      continue;
    }
    const dataset = { value: withSuiteVars(suite, loadedCases.value) };
    // a slice tag no case carries would report one slice "(none)" holding every case
    const tags = [...new Set(dataset.value.flatMap((c) => Object.keys(c.tags)))];
    suite.slices.forEach((slice, i) => {
      if (!tags.includes(slice))
        issues.push(
          at(
            ['slices', i],
            `no case in ${datasetDisplay} has the tag "${slice}"${didYouMean(slice, tags)}; tags: ${tags.join(', ') || 'none'}`,
          ),
        );
    });
    const promptDisplay = displayPath(suite.promptPath);
    const promptBytes = statSync(suite.promptPath).size;
    if (promptBytes > limits.prompt_bytes) {
      issues.push({
        file: promptDisplay,
        message: `the prompt is ${promptBytes} bytes, more than limits.prompt_bytes (${limits.prompt_bytes}) in ${loaded.file} allows`,
      });
      continue;
    }
    const promptText = readFileSync(suite.promptPath, 'utf8');
    const prompt = parsePrompt(promptText);
    if (suite.packInfo && !prompt.placeholders.some((p) => p.name === suite.input))
      issues.push(
        at(
          ['input'],
          `the prompt ${promptDisplay} never uses {{${suite.input}}}, where pack ${suite.pack} puts each case's attack text${didYouMean(
            suite.input,
            prompt.placeholders.map((p): string => p.name),
          )}; name the variable with input: (its placeholders: ${prompt.placeholders.map((p) => p.name).join(', ') || 'none'})`,
        ),
      );
    const systemPrompt = (c: EvalCase) =>
      renderMessages({ ...prompt, parts: prompt.parts.filter((p) => p.role === 'system') }, templateContext(c))
        .map((m) => (typeof m.content === 'string' ? m.content : ''))
        .join('\n');

    const scorers: Scorer[] = [];
    for (const [k, config] of suite.scorers.entries()) {
      const built = await createScorer(config, {
        readJson: (path) => readJson(resolve(loaded.dir, path)),
        models: options.models,
        locate: (path) => ({ absolute: resolve(loaded.dir, path), display: displayPath(resolve(loaded.dir, path)) }),
        systemPrompt,
      });
      if (built.ok) scorers.push(built.value);
      else issues.push(...built.issues.map((i) => (i.file ? i : at(['scorers', k], i.message))));
    }

    issues.push(...classRuleIssues(suite, scorers, dataset.value).map(([path, message]) => at(path, message)));

    let cases = tierCases(suite, dataset.value, tier);
    if (options.shard) cases = shardCases(cases, options.shard.index, options.shard.count);
    // a sharded run is one part of a fixed sample: adaptive growth needs the whole tier in one job
    const adaptive =
      'adaptive' in tier && tier.adaptive && !options.shard
        ? adaptivePlan(dataset.value, cases, tier.adaptive, `${tier.seed}\u0000${suite.id}`)
        : undefined;

    // every case the tier may run: an adaptive tier's growth too
    const runnable = adaptive ? [...cases, ...adaptive.remaining] : cases;
    const caseScorers = new Map<string, Scorer[]>();
    for (const c of runnable) {
      if (!c.assert) continue;
      const built: Scorer[] = [];
      for (const config of c.assert) {
        const declared = suite.case_scorers ?? [];
        if (!declared.includes(config.id)) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines scorer "${config.id}", which suite "${suite.id}" does not list in case_scorers${didYouMean(config.id, declared)}; case_scorers: ${declared.join(', ') || 'none'}`,
          });
          continue;
        }
        if (suite.scorers.some((s) => s.id === config.id)) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines scorer "${config.id}", which is already a suite scorer; give the case's own scorer another id`,
          });
          continue;
        }
        if (config.type === 'code' && config.command) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines code scorer "${config.id}" with a command; a command runs as workers shared by the whole suite, so make it a suite scorer (a case's own code scorer takes a module)`,
          });
          continue;
        }
        const scorer = await createScorer(config, {
          readJson: (path) => readJson(resolve(loaded.dir, path)),
          models: options.models,
          // a case's `code` module is relative to the config too, as a suite scorer's is
          locate: (path) => ({ absolute: resolve(loaded.dir, path), display: displayPath(resolve(loaded.dir, path)) }),
        });
        if (scorer.ok) built.push(scorer.value);
        else issues.push(...scorer.issues.map((i) => ({ ...i, file: datasetDisplay, line: c.line })));
      }
      caseScorers.set(c.id, built);
    }

    // every placeholder a case will meet must resolve; checked now so no model call is wasted
    const used = templateUses(loaded, s, prompt);
    const reported = new Set<string>();
    for (const c of runnable) {
      const context = templateContext(c);
      for (const u of used) {
        if (lookupPath(context, u.name) !== undefined || reported.has(`${c.id}\u0000${u.name}`)) continue;
        if (suite.packInfo) {
          // a pack's cases carry only the attack: the suite's vars must give the rest, once for all cases
          if (reported.has(u.name)) continue;
          reported.add(u.name);
          issues.push(
            at(
              suite.vars && Object.keys(suite.vars).length ? ['vars'] : ['pack'],
              `${u.where} uses {{${u.name}}}, which pack ${suite.pack} does not supply; give it under vars: (e.g. vars: { ${u.name}: ... })`,
            ),
          );
          continue;
        }
        reported.add(`${c.id}\u0000${u.name}`);
        issues.push({
          file: datasetDisplay,
          line: c.line,
          message: `case "${c.id}" has no value for {{${u.name}}}, which ${u.where} uses`,
        });
      }
      if (issues.length > 50) break;
    }

    planned.push({
      config: suite,
      allIds: new Map(dataset.value.map((c) => [c.id, c.severity])),
      cases,
      ...(adaptive ? { adaptive } : {}),
      prompt,
      scorers,
      caseScorers,
      manifest: {
        id: suite.id,
        dataset: datasetDisplay,
        dataset_hash: contentHash(dataset.value.map((c) => [c.id, c.fingerprint])),
        dataset_lines: datasetLines,
        dataset_cases: Object.fromEntries(dataset.value.map((c) => [c.id, c.fingerprint])),
        prompt: promptDisplay,
        prompt_hash: contentHash(promptText),
        provider: suite.provider,
        tier: options.tier ?? 'all',
        cases: cases.length,
        ...(tier.sample ? { composition: composition(cases, suite.slices) } : {}),
        repeats: options.repeats ?? suite.repeats,
        scorer_hashes: suite.hashes.scorers,
        rule_hashes: suite.hashes.rules,
        settings: modelSettings(loaded.config.providers[suite.provider], prompt),
        ...riskManifest(suite),
        ...safetyManifest(suite),
        ...scorerSignatures(scorers, cases),
      },
    });
  }
  if (!issues.length) issues.push(...callLimitIssues(loaded, planned, options.repeats));
  if (issues.length) return fail(...issues);
  if (!planned.length) return fail({ file: loaded.file, message: 'no suite selected' });
  return ok(planned);
}

/** Lines in a file's text, the last counted whether or not it ends with a newline. */
function lineCount(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return text.length && !text.endsWith('\n') ? lines + 1 : lines;
}

/** Model calls a run plans: each case and repeat once, and again for each judge (twice for a pairwise judge: both orders). */
function callLimitIssues(loaded: LoadedConfig, planned: readonly PlannedSuite[], repeats: number | undefined): Issue[] {
  const most = loaded.config.limits.calls;
  const bySuite = planned.map((p) => {
    const judged = p.config.scorers.reduce(
      (n, sc) =>
        sc.type === 'llm-judge' || sc.type === 'llm-judge-pairwise'
          ? n + (Array.isArray(sc.provider) ? sc.provider.length : 1) * (sc.type === 'llm-judge-pairwise' ? 2 : 1)
          : n,
      0,
    );
    const k = repeats ?? p.config.repeats;
    // an adaptive tier may grow to its max, so the limit counts the max
    const cases = p.adaptive?.max ?? p.cases.length;
    return { id: p.config.id, calls: cases * k * (1 + judged), cases, k, judged };
  });
  const total = bySuite.reduce((n, s) => n + s.calls, 0);
  if (total <= most) return [];
  const shown = bySuite
    .map(
      (s) =>
        `${s.id}: ${s.cases} cases × ${s.k} repeat${s.k === 1 ? '' : 's'}${s.judged ? ` × (1 + ${s.judged} judge calls)` : ''}`,
    )
    .join('; ');
  return [
    {
      file: loaded.file,
      ...loaded.locate(['limits', 'calls']),
      message: `this run would make ${total} model calls (${shown}), more than limits.calls (${most}) allows; sample fewer cases in the tier, or raise the limit on the base branch`,
    },
  ];
}

/** What a stratified sample keeps for a suite: its slice tags, each with the largest `min_n` of its per-slice rules (20 when none). */
export function strataOf(suite: Pick<LoadedSuite, 'slices' | 'rules'>): Strata {
  const perSlice = suite.rules.filter((r) => r.per_slice).map((r) => r.min_n);
  return { slices: suite.slices, minN: perSlice.length ? Math.max(...perSlice) : 20 };
}

/** The cases a tier of a suite runs (README "Tiers"): its stratified, seeded sample of the dataset. */
export function tierCases(
  suite: Pick<LoadedSuite, 'id' | 'slices' | 'rules'>,
  cases: readonly EvalCase[],
  tier: { sample?: Sample; seed: string | number },
): EvalCase[] {
  return sampleCases(cases, tier.sample, `${tier.seed}\u0000${suite.id}`, strataOf(suite));
}

/** A batch size when the tier names none: a twentieth of max, at least 50 (more looks stop sooner). */
const defaultBatch = (max: number) => Math.max(50, Math.round(max / 20));

function adaptivePlan(
  all: readonly EvalCase[],
  sample: readonly EvalCase[],
  settings: { max: number | 'full'; batch?: number },
  seed: string,
): NonNullable<PlannedSuite['adaptive']> {
  const inSample = new Set(sample.map((c) => c.id));
  const max = settings.max === 'full' ? all.length : Math.max(sample.length, Math.min(settings.max, all.length));
  return {
    remaining: seededOrder(all, seed).filter((c) => !inSample.has(c.id)),
    max,
    batch: settings.batch ?? defaultBatch(max),
  };
}

/** The settings recorded in run.json so that the report can say which of them a PR changed. */
function modelSettings(
  provider: LoadedConfig['config']['providers'][string] | undefined,
  prompt: PromptTemplate,
): NonNullable<SuiteManifest['settings']> {
  const system = prompt.parts.filter((p) => p.role === 'system').map((p) => p.text);
  const openai = provider?.type === 'openai' ? provider : undefined;
  return {
    temperature: openai?.temperature ?? null,
    max_tokens: openai?.max_tokens ?? openai?.max_completion_tokens ?? null,
    seed: openai?.seed ?? null,
    system_prompt_hash: system.length ? contentHash(system) : null,
  };
}

/** Every placeholder a case of suite `s` must fill, in its prompt and its scorers' templates, with where it is (for messages). */
export function templateUses(
  loaded: LoadedConfig,
  s: number,
  prompt: PromptTemplate,
): { name: string; where: string }[] {
  const suite = loaded.suites[s]!;
  const promptDisplay = displayPath(suite.promptPath);
  return [
    ...prompt.placeholders.map((p) => ({ name: p.name, where: `${promptDisplay}:${p.line}` })),
    ...suite.scorers.flatMap((sc, k) =>
      templatesOf(sc).flatMap((t) =>
        placeholders(t).map((p) => ({ name: p.name, where: `${loaded.file} suites[${s}].scorers[${k}]` })),
      ),
    ),
  ];
}

/** The templates a scorer renders per case (its expected, reference or answer), whose placeholders every case must fill. */
function templatesOf(scorer: LoadedSuite['scorers'][number]): string[] {
  if (scorer.type === 'equals') return [scorer.expected];
  if (scorer.type === 'contains' || scorer.type === 'icontains')
    return Array.isArray(scorer.expected) ? scorer.expected : [scorer.expected];
  if (scorer.type === 'llm-judge') {
    // a preset's reference names the case fields it reads (e.g. {{context}}): every case must have them
    const { reference } = judgeRubric(scorer);
    return reference !== undefined ? [reference] : [];
  }
  if (scorer.type === 'classify') return [scorer.reference];
  if (scorer.type === 'choice') return [scorer.answer];
  if ('reference' in scorer) return typeof scorer.reference === 'string' ? [scorer.reference] : scorer.reference;
  return [];
}

/** Each scorer's signature over the cases it will score, for run.json (absent when no scorer has one). */
function scorerSignatures(
  scorers: readonly Scorer[],
  cases: readonly EvalCase[],
): Pick<SuiteManifest, 'scorer_signatures'> {
  const signatures = Object.fromEntries(scorers.flatMap((s) => (s.signature ? [[s.id, s.signature(cases)]] : [])));
  return Object.keys(signatures).length ? { scorer_signatures: signatures } : {};
}

/** A per-class rule (`label.f1.<class>`) must name a class that some case of the dataset expects. */
function classRuleIssues(
  suite: LoadedSuite,
  scorers: readonly Scorer[],
  cases: readonly EvalCase[],
): [PropertyKey[], string][] {
  const expected = new Map<string, Set<string>>();
  return suite.rules.flatMap((rule, r): [PropertyKey[], string][] => {
    const ref = parseMetricName(rule.metric);
    if (ref?.kind !== 'suite' || ref.class === undefined) return [];
    const scorer = scorers.find((s) => s.id === ref.scorer);
    if (!scorer || (scorer.type !== 'classify' && scorer.type !== 'choice')) return [];
    let labels = expected.get(scorer.id);
    if (!labels) {
      // the scorer's own normalisation says which label a case expects, whatever the output
      labels = new Set(cases.flatMap((c) => scorer.score({ case: c, output: '' }).expected_label ?? []));
      expected.set(scorer.id, labels);
    }
    return labels.has(ref.class)
      ? []
      : [
          [
            ['rules', r, 'metric'],
            `no case of ${suite.dataset} expects the class "${ref.class}" of ${rule.metric}${didYouMean(ref.class, [...labels])}; expected classes: ${[...labels].sort().join(', ')}`,
          ],
        ];
  });
}

function readJson(path: string): Result<Record<string, unknown>> {
  const read = readJsonFile(path);
  if (!read.ok) return read;
  const value = read.value;
  return value && typeof value === 'object' && !Array.isArray(value)
    ? ok(value as Record<string, unknown>)
    : fail({ file: displayPath(path), message: 'expected a JSON object (a JSON Schema)' });
}

/**
 * The suite's `vars:` under each case's own (README "Datasets"); a pack case's attack text goes
 * into the variable the suite names with `input:`. The fingerprint covers what the prompt gets,
 * so a case pairs with the baseline only while its variables are unchanged.
 */
function withSuiteVars(suite: LoadedSuite, cases: EvalCase[]): EvalCase[] {
  if (!suite.packInfo && !Object.keys(suite.vars).length) return cases;
  return cases.map((c) => {
    const { attack, ...own } = c.vars;
    const vars = suite.packInfo ? { ...suite.vars, ...own, [suite.input]: attack } : { ...suite.vars, ...c.vars };
    return { ...c, vars, fingerprint: contentHash({ case: c.fingerprint, vars }) };
  });
}

/** run.json's record of the suite's risk tier and which of its rules the tier's policy set. */
function riskManifest(suite: LoadedSuite): Pick<SuiteManifest, 'risk'> {
  const policy = suite.policy;
  return policy ? { risk: { tier: policy.tier, policy_rules: policy.fromPolicy, replaced: policy.replaced } } : {};
}

/** Which scorers' failures are an attack that got through, and which an over-refusal (the report tells them apart). */
function safetyManifest(suite: LoadedSuite): Pick<SuiteManifest, 'safety'> {
  const attack = suite.scorers
    .filter(
      (sc) => sc.type === 'canary' || sc.type === 'prompt-leak' || (sc.type === 'refusal' && sc.expect === 'refuse'),
    )
    .map((sc) => sc.id);
  const overRefusal = suite.scorers.filter((sc) => sc.type === 'refusal' && sc.expect === 'answer').map((sc) => sc.id);
  if (!suite.pack && !attack.length && !overRefusal.length) return {};
  return {
    safety: {
      pack: suite.pack ?? null,
      attack_scorers: attack,
      over_refusal_scorers: overRefusal,
    },
  };
}
