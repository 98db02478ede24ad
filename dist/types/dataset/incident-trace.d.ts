import type { Result } from '../core/result.js';
import type { ChatMessage } from '../prompt/messages.js';
/**
 * A production trace as `evalgate add-case --from FILE` reads it (docs/governance.md,
 * "Incidents become regression cases"): either an OpenAI chat completions request and its
 * response, or one JSON object with `input`, `output`, `expected`, `vars` and `tags`.
 */
export interface IncidentTrace {
    /** The request's messages (OpenAI form), from which the prompt's variables can be read back. */
    messages?: ChatMessage[];
    /** What the user asked (the JSON-line form's `input`). */
    input?: string;
    /** The answer that was wrong in production. */
    output: string;
    vars: Record<string, unknown>;
    expected?: unknown;
    tags: Record<string, string>;
}
/** Parses the text of a trace file; every problem names the file and, where it can, the line. */
export declare function parseIncidentTrace(text: string, file: string): Result<IncidentTrace>;
