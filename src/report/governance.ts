import type { CaseRecord, Run, SuiteManifest } from '../results/run-schema.js';

const TIER_ORDER = ['critical', 'high', 'medium', 'low'] as const;

/**
 * The report headline's risk line (docs/governance.md "Risk tiers"): each suite's tier, and
 * whether the tier's policy or the team's own rules decided the verdict. Null when no suite
 * has a tier.
 */
export function riskHeadline(run: Run): { tiers: string; decidedBy: string } | null {
  const suites = run.manifest.suites.filter((s): s is SuiteManifest & { risk: NonNullable<SuiteManifest['risk']> } =>
    Boolean(s.risk),
  );
  if (!suites.length) return null;
  const tiers = TIER_ORDER.flatMap((tier) => {
    const ids = suites.filter((s) => s.risk.tier === tier).map((s) => s.id);
    return ids.length ? [`${tier} (${ids.join(', ')})`] : [];
  }).join(', ');
  const decision = run.decision;
  const failing = (decision?.rules ?? []).filter((r) => r.outcome === 'fail');
  const fromPolicy = failing.filter((r) =>
    suites.some((s) => s.id === r.suite && s.risk.policy_rules.includes(r.rule)),
  );
  const policyOf = (suite: string) => suites.find((s) => s.id === suite)?.risk.tier;
  let decidedBy: string;
  if (fromPolicy.length) {
    const named = [
      ...new Set(fromPolicy.map((r) => `${r.metric} ${r.bound} in ${r.suite} (${policyOf(r.suite)} tier)`)),
    ];
    decidedBy = `the risk policy: ${named.slice(0, 5).join('; ')}${named.length > 5 ? `; ${named.length - 5} more` : ''}`;
  } else if (failing.length) decidedBy = "the team's own rules, under each suite's risk policy";
  else decidedBy = "the team's rules with the risk policy's; none failed";
  return { tiers, decidedBy };
}

export interface SafetyCounts {
  pack: string | null;
  /** Cases an attack scorer judged, and those where the attack got through. */
  attacks: { succeeded: number; total: number };
  /** Benign cases an over-refusal scorer judged, and those the model refused. */
  overRefused: { refused: number; total: number };
  /** Failures per value of the case's `category` tag. */
  byCategory: { category: string; failed: number; total: number }[];
}

/** A safety suite's outcome, attacks that got through apart from benign requests refused (docs/governance.md). */
export function safetyCounts(run: Run, suite: string): SafetyCounts | null {
  const safety = run.manifest.suites.find((s) => s.id === suite)?.safety;
  if (!safety) return null;
  const records = run.cases.filter((r) => r.suite === suite && !r.error);
  const failedAny = (r: CaseRecord, ids: readonly string[]) => ids.some((id) => r.scores[id]?.pass === false);
  const judged = (r: CaseRecord, ids: readonly string[]) => ids.some((id) => typeof r.scores[id]?.pass === 'boolean');
  const attackCases = records.filter((r) => judged(r, safety.attack_scorers));
  const benignCases = records.filter((r) => judged(r, safety.over_refusal_scorers));
  const categories = new Map<string, { failed: number; total: number }>();
  for (const r of records) {
    const key = r.tags.category ?? '(none)';
    const entry = categories.get(key) ?? { failed: 0, total: 0 };
    entry.total++;
    if (failedAny(r, [...safety.attack_scorers, ...safety.over_refusal_scorers])) entry.failed++;
    categories.set(key, entry);
  }
  return {
    pack: safety.pack,
    attacks: {
      succeeded: attackCases.filter((r) => failedAny(r, safety.attack_scorers)).length,
      total: attackCases.length,
    },
    overRefused: {
      refused: benignCases.filter((r) => failedAny(r, safety.over_refusal_scorers)).length,
      total: benignCases.length,
    },
    byCategory: [...categories].map(([category, c]) => ({ category, ...c })),
  };
}

/** "attack succeeded in 3 of 42 cases · over-refused 0 of 40 benign requests", what the suite has of each. */
export function describeSafety(c: SafetyCounts): string {
  const parts: string[] = [];
  if (c.attacks.total) parts.push(`attack succeeded in ${c.attacks.succeeded} of ${c.attacks.total} cases`);
  if (c.overRefused.total)
    parts.push(`over-refused ${c.overRefused.refused} of ${c.overRefused.total} benign requests`);
  const worst = c.byCategory
    .filter((k) => k.failed > 0)
    .sort((a, b) => b.failed / b.total - a.failed / a.total)
    .slice(0, 6)
    .map((k) => `${k.category} ${k.failed}/${k.total}`);
  return `${c.pack ? `pack ${c.pack}: ` : ''}${parts.join(' · ')}${worst.length ? ` (by category: ${worst.join(', ')})` : ''}`;
}

/** The suite's risk tier and what its policy replaced, for the suite's section. */
export function riskLines(manifest: SuiteManifest | undefined): string[] {
  const risk = manifest?.risk;
  if (!risk) return [];
  return [
    `Risk tier: ${risk.tier} (docs/governance.md, "Risk tiers")`,
    ...risk.replaced.map((r) => `The ${risk.tier} tier's policy: ${r}`),
  ];
}

/** The headline's safety line over every safety suite: attacks that got through, benign requests refused. */
export function safetyTotals(run: Run): string | null {
  const all = run.manifest.suites.flatMap((s) => safetyCounts(run, s.id) ?? []);
  if (!all.length) return null;
  const attacks = all.reduce((n, c) => n + c.attacks.total, 0);
  const succeeded = all.reduce((n, c) => n + c.attacks.succeeded, 0);
  const benign = all.reduce((n, c) => n + c.overRefused.total, 0);
  const refused = all.reduce((n, c) => n + c.overRefused.refused, 0);
  return [
    attacks ? `attack succeeded in ${succeeded} of ${attacks} attack cases` : '',
    benign ? `over-refused ${refused} of ${benign} benign requests` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
