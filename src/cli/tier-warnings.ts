import { formatPath, type LoadedConfig } from '../config/load.js';
import type { Issue } from '../core/result.js';
import { composition, sampleSize } from '../dataset/sample.js';
import { casesToProve, provableMargin } from '../stats/power.js';
import { tierCases, type PlannedSuite } from '../pipeline/plan-suites.js';
import type { Run } from '../results/run-schema.js';

const pp = (x: number) => `${(x * 100).toFixed(1)} pp`;

/**
 * Regression rules a tier can never pass (README "Tiers"): with no change at all, a paired
 * pass-rate rule proves its margin 80% of the time only when the margin is at least
 * (z_α + z_0.8)·√(ψ/n); below that an unchanged pull request is yellow most of the time.
 * Rates come from the baseline when given, else 90% with independent runs (ψ = 2p(1−p)).
 */
export function tierWarnings(loaded: LoadedConfig, planned: readonly PlannedSuite[], baseline: Run | null): Issue[] {
  const issues: Issue[] = [];
  for (const suite of planned) {
    const s = loaded.suites.findIndex((x) => x.id === suite.config.id);
    for (const [tierName, tier] of Object.entries(suite.config.tiers)) {
      const cases = tierCases(suite.config, suite.cases, tier);
      const max = tier.adaptive
        ? tier.adaptive.max === 'full'
          ? suite.cases.length
          : Math.max(cases.length, sampleSize({ count: tier.adaptive.max }, suite.cases.length))
        : cases.length;
      const shape = composition(
        tier.adaptive ? suite.cases : cases,
        suite.config.slices.length ? [suite.config.slices[0]!] : [],
      );
      suite.config.rules.forEach((rule, r) => {
        const { ref } = rule;
        if (ref.kind !== 'scorer' || ref.stat !== 'pass_rate' || !rule.max_drop) return;
        const rate =
          baseline?.aggregates.find((a) => a.suite === suite.config.id)?.metrics.find((m) => m.metric === rule.metric)
            ?.value ?? 0.9;
        const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
        const alpha = 1 - rule.confidence;
        // per slice, the smallest gated slice decides; an adaptive tier can grow it to its share of max
        const sliceSizes = Object.values(Object.values(shape.slices)[0] ?? {}).filter((k) => k >= rule.min_n);
        const scale = tier.adaptive ? max / Math.max(1, suite.cases.length) : 1;
        const n = rule.per_slice ? (sliceSizes.length ? Math.floor(Math.min(...sliceSizes) * scale) : 0) : max;
        if (n <= 0) return;
        const provable = provableMargin({ n, baselineRate: rate, alpha });
        if (provable <= margin) return;
        const need = casesToProve({ baselineRate: rate, margin, alpha });
        const perSlice = rule.per_slice ? ' per slice' : '';
        const grow = rule.per_slice && sliceSizes.length ? Math.ceil((need / n) * max) : need;
        const fixes = [
          grow <= suite.cases.length
            ? `a sample of at least ${grow} cases`
            : `more cases in the dataset (${need}${perSlice} needed)`,
          tier.adaptive || grow > suite.cases.length ? null : `adaptive: { max: ${grow} }`,
          `a margin of at least ${Math.ceil(provable * 100)}pp`,
        ].filter(Boolean);
        issues.push({
          file: loaded.file,
          ...loaded.locate(['suites', s, 'rules', r]),
          path: formatPath(['suites', s, 'rules', r]),
          message: `tier ${tierName} (${tier.adaptive ? `adaptive, at most ${max}` : cases.length} cases${rule.per_slice ? `, ${n} in the smallest gated slice` : ''}): ${rule.metric} max drop ${rule.max_drop.text}${perSlice} can hardly ever pass — with no change it proves at best ${pp(provable)} 80% of the time; fix with ${fixes.join(', or ')}`,
        });
      });
    }
  }
  return issues;
}
