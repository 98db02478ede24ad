import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  tierWarnings
} from "./chunk-SSCI4YAK.js";
import {
  loadOrThrow,
  unwrap
} from "./chunk-OVA25PBJ.js";
import {
  planSuites,
  tierCases
} from "./chunk-EPDJN3NT.js";
import "./chunk-M2X4NZRS.js";
import "./chunk-HDRRNNP6.js";
import "./chunk-RPGOX2AU.js";
import {
  formatIssue
} from "./chunk-TOJ4UG27.js";
import "./chunk-YRNTQCBJ.js";
import {
  GateConfig
} from "./chunk-X2PA4T2E.js";
import {
  external_exports
} from "./chunk-ZNK74DLD.js";
import "./chunk-MAXFAU5S.js";
import "./chunk-ORWIBNRE.js";
import "./chunk-TSQXNMN6.js";
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
`
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
export {
  schemaCommand,
  validateCommand
};
