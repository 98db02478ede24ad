import type { GateConfig, RuleConfig, ScorerConfig, SuiteConfig } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import type { ChangedFiles } from '../github/changed-files.js';
import type { OverrideDecision } from '../gate/decide.js';
import { ROLES } from '../github/overrides.js';
import { riskRank } from '../config/risk-tiers.js';
import { boundOf } from '../config/risk-policy.js';
import type { Run } from '../results/run-schema.js';

/** What a pull request changes in the gate, in plain sentences: what loosens it blocks, what tightens it is reported. */
export interface GateChange {
  loosened: string[];
  tightened: string[];
}

const OUTCOME_RANK = { pass: 0, warn: 1, fail: 2 } as const;
const CORRECTION_RANK = { none: 0, bh: 1, holm: 2 } as const;

const ruleName = (r: RuleConfig) => `rule ${r.metric}${r.per_slice ? ' per slice' : ''}`;
const marginText = (m: RuleConfig['max_drop']) => m?.text ?? '';

/** One change list from several: the config's, the dataset's case scorers', the scorer files'. */
export const mergeChanges = (...changes: GateChange[]): GateChange => ({
  loosened: changes.flatMap((c) => c.loosened),
  tightened: changes.flatMap((c) => c.tightened),
});

/** The providers scorers call (a judge, an embedder): part of how a suite is judged, so always the base branch's. */
export function scorerProviders(scorers: readonly ScorerConfig[]): Set<string> {
  return new Set(
    scorers.flatMap((s) => {
      const named = (s as { provider?: unknown }).provider;
      return typeof named === 'string' ? [named] : Array.isArray(named) ? named.map(String) : [];
    }),
  );
}

/** What makes a model provider answer from somewhere else; a change to one is a decoy as much as a repointed prompt. */
const SOURCE_KEYS = ['type', 'base_url', 'url', 'recordings', 'command', 'cwd'] as const;
const LIMIT_KEYS = ['cases', 'case_bytes', 'prompt_bytes', 'calls'] as const;
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares the gate on the base branch with the one a pull request proposes
 * (docs/github-action.md, "What counts as a gate change"). Anything that makes a failing
 * change easier to pass is a loosening: a suite removed or renamed (its baseline no longer
 * pairs), a rule removed or relaxed, a sample or repeats shrunk, a scorer removed or
 * redefined (evalgate cannot tell whether a new definition is stricter), a suite pointed at
 * other prompt, dataset or provider, a provider a scorer calls redefined, the override
 * permission lowered, the baseline's source moved or a limit raised. Where evalgate cannot
 * tell the direction (a tier's seed, an adaptive tier), a change counts as a loosening.
 */
export function diffGates(base: GateConfig, proposed: GateConfig, caseProviders: readonly string[] = []): GateChange {
  const loosened: string[] = [];
  const tightened: string[] = [];
  for (const suite of base.suites) {
    const next = proposed.suites.find((s) => s.id === suite.id);
    if (!next) {
      loosened.push(
        `suite ${suite.id} of the base branch is gone from the pull request's gate (removed or renamed): its baseline no longer pairs and its rules no longer apply`,
      );
      continue;
    }
    diffSuite(suite, next, loosened, tightened);
  }
  for (const suite of proposed.suites)
    if (!base.suites.some((s) => s.id === suite.id)) tightened.push(`suite ${suite.id} is added`);
  if (ROLES.indexOf(proposed.overrides.min_permission) < ROLES.indexOf(base.overrides.min_permission))
    loosened.push(
      `overrides need ${proposed.overrides.min_permission} permission instead of ${base.overrides.min_permission}`,
    );
  for (const key of ['branch', 'artifact', 'workflow'] as const)
    if (base.baseline[key] !== proposed.baseline[key])
      loosened.push(
        `the baseline's ${key} changes from ${base.baseline[key] ?? '(default)'} to ${proposed.baseline[key] ?? '(default)'}`,
      );
  for (const key of LIMIT_KEYS) {
    const [from, to] = [base.limits[key], proposed.limits[key]];
    if (from !== to) (to > from ? loosened : tightened).push(`limits.${key} ${from} → ${to}`);
  }
  for (const [key, from, to] of budgetChanges(base.budget, proposed.budget)) {
    const shown = (v: number) => (v === Infinity ? 'none' : String(v));
    (to > from ? loosened : tightened).push(`${key} ${shown(from)} → ${shown(to)}`);
  }
  diffProviders(base, proposed, caseProviders, loosened);
  return { loosened, tightened };
}

/** Each budget limit that differs, as [key, base, proposed]; no limit is Infinity (README "Budgets"). */
function budgetChanges(base: GateConfig['budget'], proposed: GateConfig['budget']): [string, number, number][] {
  const flat = (budget: GateConfig['budget']) => {
    const out = new Map<string, number>();
    for (const key of ['usd', 'calls'] as const) if (budget?.[key] !== undefined) out.set(`budget.${key}`, budget[key]);
    for (const [tier, own] of Object.entries(budget?.tiers ?? {}))
      for (const key of ['usd', 'calls'] as const)
        if (own[key] !== undefined) out.set(`budget.tiers.${tier}.${key}`, own[key]);
    return out;
  };
  const [from, to] = [flat(base), flat(proposed)];
  return [...new Set([...from.keys(), ...to.keys()])].flatMap((key): [string, number, number][] => {
    const [a, b] = [from.get(key) ?? Infinity, to.get(key) ?? Infinity];
    return a === b ? [] : [[key, a, b]];
  });
}

/**
 * A provider a scorer calls (a suite's, or a dataset case's own, in `caseProviders`) is how the
 * gate judges: any change to it loosens the gate (it is the base branch's until merged). A
 * suite's own provider is what a same-repository pull request asks to have evaluated, so its
 * settings may change; where its answers come from may not.
 */
function diffProviders(
  base: GateConfig,
  proposed: GateConfig,
  caseProviders: readonly string[],
  loosened: string[],
): void {
  const judging = new Set([...scorerProviders(base.suites.flatMap((s) => s.scorers)), ...caseProviders]);
  const models = new Set(base.suites.map((s) => s.provider));
  for (const [name, provider] of Object.entries(base.providers)) {
    const other = proposed.providers[name];
    if (!other) continue; // a suite that still names it does not parse; a suite that moved is reported on the suite
    if (judging.has(name)) {
      if (!same(provider, other))
        loosened.push(`provider ${name}, which a scorer calls, is redefined (the base branch's is used until merged)`);
      continue;
    }
    if (!models.has(name)) continue;
    const read = (p: typeof provider, key: (typeof SOURCE_KEYS)[number]) => (p as Record<string, unknown>)[key];
    const moved = SOURCE_KEYS.filter((key) => !same(read(provider, key), read(other, key)));
    if (moved.length) loosened.push(`provider ${name} answers from elsewhere (${moved.join(', ')} changed)`);
  }
}

function diffSuite(base: SuiteConfig, next: SuiteConfig, loosened: string[], tightened: string[]): void {
  const at = (text: string) => `${base.id}: ${text}`;
  // a decoy: the suite evaluates a copy while the file the application uses changes
  for (const key of ['prompt', 'dataset', 'provider'] as const)
    if (base[key] !== next[key]) loosened.push(at(`${key} ${base[key]} → ${next[key]}`));
  const listed = (what: string, from: readonly string[], to: readonly string[]) => {
    for (const item of from) if (!to.includes(item)) loosened.push(at(`${what} ${item} is removed`));
    for (const item of to) if (!from.includes(item)) tightened.push(at(`${what} ${item} is added`));
  };
  listed('paths glob', base.paths, next.paths);
  listed('case scorer', base.case_scorers ?? [], next.case_scorers ?? []);
  for (const [name, tier] of Object.entries(base.tiers)) {
    const other = next.tiers[name];
    if (!other) {
      loosened.push(at(`tier ${name} is removed`));
      continue;
    }
    // another seed draws another sample, which can be picked to pass; evalgate cannot tell an adaptive change's direction
    if (String(tier.seed) !== String(other.seed)) loosened.push(at(`tier ${name} seed ${tier.seed} → ${other.seed}`));
    if (!same(tier.adaptive, other.adaptive)) loosened.push(at(`tier ${name} adaptive settings change`));
    const size = (t: typeof tier) =>
      t.sample === undefined
        ? 'every case'
        : t.sample.count !== undefined
          ? `${t.sample.count} cases`
          : `${(t.sample.fraction ?? 1) * 100}%`;
    if (size(tier) === size(other)) continue;
    const a = tier.sample;
    const b = other.sample;
    const smaller =
      a === undefined ||
      (b !== undefined &&
        (a.count !== undefined && b.count !== undefined
          ? b.count < a.count
          : a.fraction !== undefined && b.fraction !== undefined
            ? b.fraction < a.fraction
            : true));
    (smaller ? loosened : tightened).push(at(`tier ${name} samples ${size(other)} instead of ${size(tier)}`));
  }
  // docs/governance.md "Risk tiers": lowering a tier drops its policy's rules, and a pack is the suite's cases
  if (riskRank(next.risk) < riskRank(base.risk))
    loosened.push(
      at(`risk ${base.risk} → ${next.risk ?? 'none'}: the ${base.risk} tier's default rules no longer apply`),
    );
  else if (riskRank(next.risk) > riskRank(base.risk)) tightened.push(at(`risk ${base.risk ?? 'none'} → ${next.risk}`));
  if (base.pack !== undefined && next.pack !== base.pack)
    loosened.push(at(`pack ${base.pack} → ${next.pack ?? 'none'}: the pack's cases no longer pair with the baseline`));
  if (next.repeats !== base.repeats)
    (next.repeats < base.repeats ? loosened : tightened).push(at(`repeats ${base.repeats} → ${next.repeats}`));
  for (const slice of base.slices) if (!next.slices.includes(slice)) loosened.push(at(`slice ${slice} is removed`));
  diffContamination(base.contamination, next.contamination, (text, looser) =>
    (looser ? loosened : tightened).push(at(text)),
  );
  for (const scorer of base.scorers) {
    const other = next.scorers.find((s) => s.id === scorer.id);
    if (!other) loosened.push(at(`scorer ${scorer.id} is removed`));
    else if (JSON.stringify(other) !== JSON.stringify(scorer)) loosened.push(at(`scorer ${scorer.id} is redefined`));
  }
  const unmatched = [...next.rules];
  for (const rule of base.rules) {
    const i = unmatched.findIndex(
      (r) => r.metric === rule.metric && boundOf(r) === boundOf(rule) && r.per_slice === rule.per_slice,
    );
    if (i < 0) {
      loosened.push(at(`${ruleName(rule)} ${boundOf(rule)} is removed or changed into another kind of rule`));
      continue;
    }
    const [other] = unmatched.splice(i, 1) as [RuleConfig];
    diffRule(rule, other, (text, looser) => (looser ? loosened : tightened).push(at(`${ruleName(rule)} ${text}`)));
  }
  for (const rule of unmatched) tightened.push(at(`${ruleName(rule)} ${boundOf(rule)} is added`));
}

/**
 * The corpus a suite's cases are checked against (docs/governance.md, "Contamination and
 * lineage"): fewer files, a higher threshold or longer grams flag fewer cases.
 */
function diffContamination(
  a: SuiteConfig['contamination'],
  b: SuiteConfig['contamination'],
  report: (text: string, looser: boolean) => void,
): void {
  if (!a || !b) {
    if (a) report('the contamination check is removed', true);
    if (b) report('a contamination check is added', false);
    return;
  }
  for (const file of a.corpus) if (!b.corpus.includes(file)) report(`contamination corpus ${file} is removed`, true);
  for (const file of b.corpus) if (!a.corpus.includes(file)) report(`contamination corpus ${file} is added`, false);
  if (a.threshold !== b.threshold)
    report(`contamination threshold ${a.threshold} → ${b.threshold}`, b.threshold > a.threshold);
  if (a.n !== b.n) report(`contamination n ${a.n} → ${b.n}`, b.n > a.n);
}

function diffRule(a: RuleConfig, b: RuleConfig, report: (text: string, looser: boolean) => void): void {
  const moved = (what: string, from: number, to: number, looser: boolean) =>
    report(`${what} ${from} → ${to} (${to < from ? 'lowered' : 'raised'})`, looser);
  if (a.min !== undefined && b.min !== undefined && a.min !== b.min) moved('min', a.min, b.min, b.min < a.min);
  if (a.max !== undefined && b.max !== undefined && a.max !== b.max) moved('max', a.max, b.max, b.max > a.max);
  for (const key of ['max_drop', 'max_increase'] as const) {
    const [x, y] = [a[key], b[key]];
    if (!x || !y || marginText(x) === marginText(y)) continue;
    const looser = x.relative !== y.relative || y.value > x.value;
    report(`margin ${marginText(x)} → ${marginText(y)}`, looser);
  }
  for (const key of ['on_no_baseline', 'on_inconclusive'] as const)
    if (a[key] !== b[key]) report(`${key} ${a[key]} → ${b[key]}`, OUTCOME_RANK[b[key]] < OUTCOME_RANK[a[key]]);
  if (a.confidence !== b.confidence) moved('confidence', a.confidence, b.confidence, b.confidence < a.confidence);
  if (a.min_n !== b.min_n) moved('min_n', a.min_n, b.min_n, b.min_n > a.min_n);
  if (a.correction !== b.correction)
    report(
      `correction ${a.correction} → ${b.correction}`,
      CORRECTION_RANK[b.correction] < CORRECTION_RANK[a.correction],
    );
  if (a.aggregate !== b.aggregate) report(`aggregate ${a.aggregate} → ${b.aggregate}`, true);
}

/** A case's own scorers (its `assert:` list) and its human labels, by case id, with the dataset line. */
export type CaseScorers = ReadonlyMap<string, { assert: EvalCase['assert']; human: EvalCase['human']; line: number }>;

export const caseScorersOf = (cases: readonly EvalCase[]): CaseScorers =>
  new Map(cases.map((c) => [c.id, { assert: c.assert, human: c.human, line: c.line }]));

const listIds = (ids: readonly string[]) =>
  `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}`;

/** The labels a gated judge's agreement is measured against, and the output they rate. */
const labelsOf = (human: EvalCase['human'], judges: readonly string[]) =>
  human && judges.some((j) => human[j] !== undefined)
    ? { output: human.output, ...Object.fromEntries(judges.map((j) => [j, human[j]])) }
    : undefined;

/**
 * A case's own scorers are part of the gate as much as the suite's: a case of the base branch
 * whose `assert:` list the pull request changes, adds or removes loosens it (evalgate cannot
 * tell whether a new definition is stricter). So does a new case with its own scorers: the
 * pull request chooses both the case and how it is scored, and a scorer that passes anything
 * raises a case scorer's pass rate. Human labels are the bar of a gated `judge.<id>.agreement`
 * (`judges`): labels the pull request writes, edits or removes could agree with whatever the
 * judge says, or switch the bundled calibration set off (docs/metrics.md, "Preset judges").
 * `base` null: the base branch's dataset could not be read, so any of them counts.
 */
export function diffCaseScorers(
  suite: string,
  base: CaseScorers | null,
  proposed: CaseScorers,
  judges: readonly string[] = [],
): GateChange {
  const changed: string[] = [];
  const added: string[] = [];
  const relabelled: string[] = [];
  for (const [id, { assert, human }] of proposed) {
    const before = base?.get(id);
    if (base && !before) {
      if (assert) added.push(id);
    } else if (!same(before?.assert, assert)) changed.push(id);
    if (!same(labelsOf(before?.human, judges), labelsOf(human, judges))) relabelled.push(id);
  }
  if (base)
    for (const [id, { human }] of base)
      if (!proposed.has(id) && labelsOf(human, judges) !== undefined) relabelled.push(id);
  const one = changed.length === 1;
  const what = base
    ? `${one ? 'changes its' : 'change their'} own scorers (assert:) from the base branch's dataset`
    : `${one ? 'defines its' : 'define their'} own scorers (assert:), and the base branch's dataset could not be read to compare`;
  const gated = judges.map((j) => `judge.${j}.agreement`).join(', ');
  return {
    loosened: [
      ...(changed.length ? [`${suite}: ${one ? 'case' : 'cases'} ${listIds(changed)} ${what}`] : []),
      ...(added.length
        ? [
            `${suite}: new ${added.length === 1 ? 'case' : 'cases'} ${listIds(added)} ${added.length === 1 ? 'brings its' : 'bring their'} own scorers (assert:), which evalgate cannot tell from a scorer that passes anything`,
          ]
        : []),
      ...(relabelled.length
        ? [
            `${suite}: ${relabelled.length === 1 ? 'case' : 'cases'} ${listIds(relabelled)} ${base ? `${relabelled.length === 1 ? 'changes' : 'change'} the human labels (human:) of the base branch's dataset` : `${relabelled.length === 1 ? 'carries' : 'carry'} human labels (human:), and the base branch's dataset could not be read to compare`}, which ${gated} is measured against`,
          ]
        : []),
    ],
    tightened: [],
  };
}

/** A file a suite is judged by (a scorer's module or schema, a file of a provider a scorer calls). */
export interface JudgingFile {
  suite: string;
  file: string;
  what: string;
}

/**
 * A change to a file a suite is judged by changes the gate, as a change to the config does:
 * the file is read from the checkout, and its content is not in the config.
 */
export function diffJudgingFiles(files: readonly JudgingFile[], changed: ChangedFiles): GateChange {
  return {
    loosened: files.flatMap(({ suite, file, what }) =>
      changed.files.includes(file)
        ? [`${suite}: ${what} ${file} changes`]
        : changed.complete
          ? []
          : [`${suite}: ${what} ${file} may change (the pull request changes more files than GitHub lists)`],
    ),
    tightened: [],
  };
}

/**
 * The verdict once the gate change counts: a loosening fails a run that would pass (or warn)
 * until a maintainer's override applies; a failing or erroring run keeps its verdict.
 */
export function withGateChange(run: Run, change: GateChange, override: OverrideDecision): Run {
  const d = run.decision;
  if (!d || !change.loosened.length || !['pass', 'warn', 'skipped'].includes(d.verdict)) return run;
  const what = `The pull request loosens the gate (${change.loosened.length} change${change.loosened.length === 1 ? '' : 's'})`;
  const applied = override.applied;
  return {
    ...run,
    decision: {
      ...d,
      verdict: applied ? 'overridden' : 'fail',
      summary: applied
        ? `${what}, overridden by @${applied.actor} (${applied.permission}) with the "${applied.label}" label.`
        : `${what}; a maintainer's override is needed to merge it. ${d.summary}`,
      override: applied ?? null,
    },
  };
}
