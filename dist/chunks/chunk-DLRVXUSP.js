import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  readRunFile
} from "./chunk-V6OGYPMV.js";
import {
  fail
} from "./chunk-TOJ4UG27.js";

// src/github/artifacts.ts
import { mkdirSync } from "node:fs";
import { join } from "node:path";
function toRunInfo(run) {
  return {
    id: run.id,
    runNumber: run.run_number,
    name: run.name ?? "workflow",
    event: run.event,
    conclusion: run.conclusion ?? null,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? null,
    headRepository: run.head_repository?.full_name ?? null,
    path: run.path,
    url: run.html_url,
    createdAt: run.created_at,
    updatedAt: run.updated_at
  };
}
async function findRunArtifact(gh, runId, name) {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunArtifacts({
    ...gh.repo,
    run_id: runId,
    name,
    per_page: 100
  });
  const artifact = data.artifacts.filter((a) => a.name === name && !a.expired && (a.workflow_run?.id === void 0 || a.workflow_run.id === runId)).sort((a, b) => b.id - a.id)[0];
  return artifact ? { id: artifact.id, name: artifact.name, digest: artifact.digest ?? null, createdAt: artifact.created_at ?? null } : null;
}
async function downloadRunFile(gh, runId, artifact, dir) {
  mkdirSync(dir, { recursive: true });
  const { DefaultArtifactClient } = await import("./artifact-YBN7WKGB.js");
  const client = new DefaultArtifactClient();
  const { digestMismatch } = await gh.timed(
    () => client.downloadArtifact(artifact.id, {
      path: dir,
      ...artifact.digest ? { expectedHash: artifact.digest } : {},
      findBy: { token: gh.token, repositoryOwner: gh.repo.owner, repositoryName: gh.repo.repo, workflowRunId: runId }
    })
  );
  const where = `artifact "${artifact.name}" of workflow run ${runId}`;
  if (digestMismatch)
    return fail({
      file: where,
      message: `the download does not match the SHA-256 digest GitHub recorded at upload (${artifact.digest}); it was not used`
    });
  const run = readRunFile(join(dir, "run.json"));
  return run.ok ? run : fail(
    ...run.issues.map((i) => ({
      ...i,
      file: `${where}: ${i.path ? `run.json ${i.path}` : "run.json"}`,
      path: void 0
    }))
  );
}

export {
  toRunInfo,
  findRunArtifact,
  downloadRunFile
};
