import { execFileSync } from 'node:child_process';

export interface GitHead {
  sha: string | null;
  ref: string | null;
}

/**
 * The commit a CLI run evaluated, for run.json's `manifest.git`: in GitHub Actions the
 * commit the workflow runs for; elsewhere the HEAD of the git repository holding `dir`
 * (ref null when HEAD is detached). Outside a repository, or without git, both are null.
 */
export function gitHead(dir: string, env: NodeJS.ProcessEnv): GitHead {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_SHA) return { sha: env.GITHUB_SHA, ref: env.GITHUB_REF || null };
  try {
    const [sha, ref] = execFileSync('git', ['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    return { sha: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null, ref: ref?.startsWith('refs/') ? ref : null };
  } catch {
    return { sha: null, ref: null };
  }
}
