import type { GitHubClient } from './client.js';

/** GitHub's limits for a check run's output. */
export const CHECK_SUMMARY_LIMIT = 65_535;
export const CHECK_TITLE_LIMIT = 255;
export const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_MESSAGE_LIMIT = 60_000;

export type Conclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface Annotation {
  /** Repository-relative path. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: Annotation[];
}

export interface CheckRunRef {
  id: number;
  url: string;
  /** The app that owns the check run: the token's identity when it is an installation token. */
  appSlug: string | null;
}

export interface NewCheckRun {
  name: string;
  headSha: string;
  detailsUrl?: string;
  externalId?: string;
}

/** Creates the check run at the start of the work, so the PR shows it in progress. */
export async function startCheckRun(gh: GitHubClient, check: NewCheckRun): Promise<CheckRunRef> {
  const { data } = await gh.octokit.rest.checks.create({
    ...gh.repo,
    name: check.name,
    head_sha: check.headSha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
    ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
    ...(check.externalId ? { external_id: check.externalId } : {}),
  });
  return { id: data.id, url: data.html_url ?? '', appSlug: data.app?.slug ?? null };
}

/**
 * Completes a check run: conclusion, output and the first 50 annotations in one update, the
 * rest in further updates of 50 (GitHub appends annotations across updates).
 */
export async function completeCheckRun(
  gh: GitHubClient,
  id: number,
  conclusion: Conclusion,
  output: CheckOutput,
): Promise<void> {
  const [first, ...rest] = batches(output);
  await gh.octokit.rest.checks.update({
    ...gh.repo,
    check_run_id: id,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    output: first,
  });
  for (const batch of rest) await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: id, output: batch });
}

/** Creates a check run that is already complete (nothing to wait for, e.g. a skipped PR). */
export async function createCompletedCheckRun(
  gh: GitHubClient,
  check: NewCheckRun,
  conclusion: Conclusion,
  output: CheckOutput,
): Promise<CheckRunRef> {
  const [first, ...rest] = batches(output);
  const { data } = await gh.octokit.rest.checks.create({
    ...gh.repo,
    name: check.name,
    head_sha: check.headSha,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    output: first,
    ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
    ...(check.externalId ? { external_id: check.externalId } : {}),
  });
  for (const batch of rest) await gh.octokit.rest.checks.update({ ...gh.repo, check_run_id: data.id, output: batch });
  return { id: data.id, url: data.html_url ?? '', appSlug: data.app?.slug ?? null };
}

/**
 * Check runs named `name` on commit `sha` that evalgate did not create: their external id
 * does not carry `ownPrefix`. A job in a pull request's own workflow that is named like the
 * gate shows up here.
 */
export async function foreignCheckRuns(
  gh: GitHubClient,
  sha: string,
  name: string,
  ownPrefix = 'evalgate:',
): Promise<{ id: number; conclusion: string | null }[]> {
  const runs = await gh.octokit.paginate(gh.octokit.rest.checks.listForRef, {
    ...gh.repo,
    ref: sha,
    check_name: name,
    filter: 'all',
    per_page: 100,
  });
  return runs
    .filter((r) => r.name === name && !r.external_id?.startsWith(ownPrefix))
    .map((r) => ({ id: r.id, conclusion: r.conclusion }));
}

/** Splits the output into requests GitHub accepts: title and summary within limits, ≤ 50 annotations each. */
export function batches(output: CheckOutput): Required<CheckOutput>[] {
  const title = clip(output.title, CHECK_TITLE_LIMIT);
  const summary = clip(output.summary, CHECK_SUMMARY_LIMIT);
  const annotations = (output.annotations ?? []).map((a) => ({
    ...a,
    message: clip(a.message, ANNOTATION_MESSAGE_LIMIT),
    ...(a.title ? { title: clip(a.title, CHECK_TITLE_LIMIT) } : {}),
  }));
  const out: Required<CheckOutput>[] = [];
  for (let i = 0; i === 0 || i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    out.push({ title, summary, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) });
  return out;
}

/** A last guard; callers render within budget, so this should never cut. */
function clip(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = '\n\n… (cut to fit GitHub’s limit; the full report is in the job summary)';
  return text.slice(0, limit - note.length) + note;
}
