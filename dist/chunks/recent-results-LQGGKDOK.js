import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  downloadRunFile,
  findRunArtifact,
  toRunInfo
} from "./chunk-DLRVXUSP.js";
import "./chunk-V6OGYPMV.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import "./chunk-TOJ4UG27.js";
import {
  describeError
} from "./chunk-QKEYEF4Y.js";
import "./chunk-UMEM2MXZ.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-BX4ROB6G.js";

// src/github/recent-results.ts
import { join } from "node:path";
async function downloadRecentResults(gh, query) {
  const maxRuns = query.maxRuns ?? query.count * 3 + 30;
  const result = { runs: [], problems: [], examined: 0 };
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.actions.listWorkflowRunsForRepo, {
    ...gh.repo,
    status: "completed",
    per_page: 30
  })) {
    for (const item of page.data) {
      if (result.runs.length >= query.count || ++result.examined > maxRuns) return result;
      const run = toRunInfo(item);
      try {
        const artifact = await findRunArtifact(gh, run.id, query.artifact);
        if (!artifact) continue;
        const file = await downloadRunFile(gh, run.id, artifact, join(query.dir, String(run.id)));
        if (file.ok) result.runs.push(file.value);
        else result.problems.push(...file.issues.map((i) => `${i.file}: ${i.message}`));
      } catch (error) {
        result.problems.push(`workflow run ${run.id}: ${describeError(error)}`);
      }
    }
  }
  return result;
}
export {
  downloadRecentResults
};
