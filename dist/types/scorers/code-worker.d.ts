import { type CodeConfig } from './code.js';
import type { Scorer } from './scorer.js';
/**
 * The team's scorer in any language, through the `command` provider's JSON-lines worker
 * protocol (docs/metrics.md, `code`): each worker reads one request line
 * `{"output", "expected", "vars", "tags", "toolCalls", "id"}` and answers with one line
 * `{"value", "pass"?, "detail"?}` (or `{"error"}`). A worker that is late, dies or breaks the
 * protocol is replaced, and that case gets a scorer error naming the program; the run goes on.
 * Workers start on the first case and get the command provider's restricted environment.
 */
export declare function codeWorkerScorer(config: CodeConfig & {
    command: string[];
}, cwd: string, parentEnv?: NodeJS.ProcessEnv): Scorer;
