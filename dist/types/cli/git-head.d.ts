export interface GitHead {
    sha: string | null;
    ref: string | null;
}
/**
 * The commit a CLI run evaluated, for run.json's `manifest.git`: in GitHub Actions the
 * commit the workflow runs for; elsewhere the HEAD of the git repository holding `dir`
 * (ref null when HEAD is detached). Outside a repository, or without git, both are null.
 */
export declare function gitHead(dir: string, env: NodeJS.ProcessEnv): GitHead;
