/** A problem with the user's input, located as precisely as we can. */
export interface Issue {
  file: string;
  line?: number;
  column?: number;
  /** Key path inside the document, e.g. `suites[0].rules[2].max_drop`. */
  path?: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });

export function formatIssue(issue: Issue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`;
  return `${where} ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}

/** Thrown only by the shell to carry issues to the entry point's exit-code mapping. */
export class InputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'InputError';
  }
}

/** The provider or GitHub could not be reached after retries: exit code 3. */
export class InfrastructureError extends Error {
  override name = 'InfrastructureError';
}
