import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-ILPPHYUI.js";
import {
  planSuites,
  sampleCases
} from "./chunk-27DBT4B5.js";
import "./chunk-IE4WWETO.js";
import "./chunk-Q7ZUI25R.js";
import "./chunk-TOJ4UG27.js";
import "./chunk-YRNTQCBJ.js";
import {
  GateConfig,
  external_exports
} from "./chunk-7G2BCF5V.js";
import "./chunk-LIOXYYB6.js";
import "./chunk-BX4ROB6G.js";

// src/cli/validate.ts
async function validateCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const planned = unwrap(await planSuites(loaded, { tier: null }));
  const tiers = [...new Set(loaded.suites.flatMap((s) => Object.keys(s.tiers)))];
  const lines = tiers.map((tier) => {
    const counts = planned.filter((p) => p.config.tiers[tier]).map((p) => {
      const { sample, seed } = p.config.tiers[tier];
      return `${p.config.id} (${sampleCases(p.cases, sample, `${seed}\0${p.config.id}`).length} cases \xD7 ${p.config.repeats})`;
    });
    return `  tier ${tier}: ${counts.join(", ")}`;
  });
  io.out(
    `${cmd.config}: valid \u2014 ${loaded.suites.length} suite${loaded.suites.length === 1 ? "" : "s"}
${lines.join("\n")}
`
  );
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
