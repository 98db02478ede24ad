import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  tierWarnings
} from "./chunk-X4XMATXI.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  planSuites,
  tierCases
} from "./chunk-PFVCEKAN.js";
import "./chunk-FMZSDQ53.js";
import "./chunk-COK2ABR5.js";
import {
  describeRule
} from "./chunk-NI63WJDQ.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import {
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-R6UKLIAN.js";
import {
  GateConfig
} from "./chunk-U3WIKXHJ.js";
import {
  external_exports
} from "./chunk-XLT3OMSK.js";
import "./chunk-3Y7FXN34.js";
import "./chunk-UX52SBGX.js";
import "./chunk-SI22RAST.js";
import "./chunk-PNW7NQUB.js";
import "./chunk-RA6RAVDJ.js";
import "./chunk-BX4ROB6G.js";

// src/cli/validate.ts
async function validateCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const planned = unwrap(await planSuites(loaded, { tier: null }));
  const tiers = [...new Set(loaded.suites.flatMap((s) => Object.keys(s.tiers)))];
  const lines = tiers.map((tier) => {
    const counts = planned.filter((p) => p.config.tiers[tier]).map((p) => {
      const n = tierCases(p.config, p.cases, p.config.tiers[tier]).length;
      return `${p.config.id} (${n} cases \xD7 ${p.config.repeats})`;
    });
    return `  tier ${tier}: ${counts.join(", ")}`;
  });
  io.out(
    `${cmd.config}: valid \u2014 ${loaded.suites.length} suite${loaded.suites.length === 1 ? "" : "s"}
${lines.join("\n")}
${governanceLines(planned).join("")}`
  );
  for (const issue of tierWarnings(loaded, planned, null)) io.err(`warning: ${formatIssue(issue)}
`);
  return 0;
}
function schemaCommand(io) {
  const schema = external_exports.toJSONSchema(GateConfig, { io: "input", unrepresentable: "any" });
  io.out(
    `${JSON.stringify({ $id: "https://github.com/evalgate/evalgate/gate.schema.json", title: "evalgate gate config", ...schema }, null, 2)}
`
  );
  return 0;
}
function governanceLines(planned) {
  return planned.flatMap((p) => {
    const out = [];
    const { packInfo, policy } = p.config;
    if (packInfo)
      out.push(
        `  suite ${p.config.id}: pack ${p.config.pack} brings ${p.allIds.size} cases (${packInfo.description}), into {{${p.config.input}}}
`
      );
    if (policy) {
      const set = policy.fromPolicy.map((i) => describeRule(policy.rules[i]));
      out.push(
        `  suite ${p.config.id}: risk ${policy.tier} \u2014 the tier's policy sets ${set.length ? set.join("; ") : "no rule of its own"}${policy.minPermission ? `; overrides need ${policy.minPermission} permission` : ""}
`
      );
      for (const r of policy.replaced) out.push(`  suite ${p.config.id}: ${r}
`);
    }
    return out;
  });
}
export {
  schemaCommand,
  validateCommand
};
