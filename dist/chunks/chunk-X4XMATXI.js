import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  composition,
  sampleSize,
  tierCases
} from "./chunk-PFVCEKAN.js";
import {
  formatPath
} from "./chunk-NI63WJDQ.js";
import {
  casesToProve,
  provableMargin
} from "./chunk-UX52SBGX.js";

// src/cli/tier-warnings.ts
var pp = (x) => `${(x * 100).toFixed(1)} pp`;
function tierWarnings(loaded, planned, baseline) {
  const issues = [];
  for (const suite of planned) {
    const s = loaded.suites.findIndex((x) => x.id === suite.config.id);
    for (const [tierName, tier] of Object.entries(suite.config.tiers)) {
      const cases = tierCases(suite.config, suite.cases, tier);
      const max = tier.adaptive ? tier.adaptive.max === "full" ? suite.cases.length : Math.max(cases.length, sampleSize({ count: tier.adaptive.max }, suite.cases.length)) : cases.length;
      const shape = composition(
        tier.adaptive ? suite.cases : cases,
        suite.config.slices.length ? [suite.config.slices[0]] : []
      );
      suite.config.rules.forEach((rule, r) => {
        const { ref } = rule;
        if (ref.kind !== "scorer" || ref.stat !== "pass_rate" || !rule.max_drop) return;
        const rate = baseline?.aggregates.find((a) => a.suite === suite.config.id)?.metrics.find((m) => m.metric === rule.metric)?.value ?? 0.9;
        const margin = rule.max_drop.relative ? rule.max_drop.value * rate : rule.max_drop.value;
        const alpha = 1 - rule.confidence;
        const sliceSizes = Object.values(Object.values(shape.slices)[0] ?? {}).filter((k) => k >= rule.min_n);
        const scale = tier.adaptive ? max / Math.max(1, suite.cases.length) : 1;
        const n = rule.per_slice ? sliceSizes.length ? Math.floor(Math.min(...sliceSizes) * scale) : 0 : max;
        if (n <= 0) return;
        const provable = provableMargin({ n, baselineRate: rate, alpha });
        if (provable <= margin) return;
        const need = casesToProve({ baselineRate: rate, margin, alpha });
        const perSlice = rule.per_slice ? " per slice" : "";
        const grow = rule.per_slice && sliceSizes.length ? Math.ceil(need / n * max) : need;
        const fixes = [
          grow <= suite.cases.length ? `a sample of at least ${grow} cases` : `more cases in the dataset (${need}${perSlice} needed)`,
          tier.adaptive || grow > suite.cases.length ? null : `adaptive: { max: ${grow} }`,
          `a margin of at least ${Math.ceil(provable * 100)}pp`
        ].filter(Boolean);
        issues.push({
          file: loaded.file,
          ...loaded.locate(["suites", s, "rules", r]),
          path: formatPath(["suites", s, "rules", r]),
          message: `tier ${tierName} (${tier.adaptive ? `adaptive, at most ${max}` : cases.length} cases${rule.per_slice ? `, ${n} in the smallest gated slice` : ""}): ${rule.metric} max drop ${rule.max_drop.text}${perSlice} can hardly ever pass \u2014 with no change it proves at best ${pp(provable)} 80% of the time; fix with ${fixes.join(", or ")}`
        });
      });
    }
  }
  return issues;
}

export {
  tierWarnings
};
