import type { ChatMessage } from '../prompt/messages.js';
import type { PromptTemplate } from '../prompt/messages.js';
import type { Severity } from '../results/run-schema.js';
import type { IncidentTrace } from './incident-trace.js';
/** What `evalgate add-case` was told on the command line (flags win over the trace). */
export interface IncidentFlags {
    ref?: string;
    vars: Record<string, string>;
    expected?: string;
    tags: Record<string, string>;
    severity: Severity;
}
/** A placeholder some template of the suite uses, and where (for the message when a case lacks it). */
export interface TemplateUse {
    name: string;
    where: string;
}
/** The dataset line add-case appends, in the order its keys are written. */
export interface IncidentCaseLine {
    id: string;
    vars: Record<string, unknown>;
    expected?: unknown;
    tags: Record<string, string>;
    severity: Severity;
    /** The answer that failed in production, kept for the record (docs/governance.md); it is not scored. */
    incident_output: string;
}
export type IncidentCaseResult = {
    ok: true;
    line: IncidentCaseLine;
} | {
    ok: false;
    missing: TemplateUse[];
    promptMismatch: boolean;
};
/**
 * Turns a trace into a regression case (docs/governance.md, "Incidents become regression
 * cases"). Variables come, later ones winning, from the request's messages read back through
 * the prompt template, the trace's `vars`, then `--var` flags; the JSON-line form's `input`
 * fills the one prompt variable still missing, if exactly one is. The id is `incident-` plus the ref
 * and a hash of what the case holds, so the same trace added twice gets the same id.
 */
export declare function incidentCase(trace: IncidentTrace, flags: IncidentFlags, prompt: PromptTemplate, uses: readonly TemplateUse[], suiteVars?: Record<string, unknown>): IncidentCaseResult;
/**
 * The variables a request was rendered with, read back by matching each message against the
 * prompt's message of the same role: literal text must match exactly and each `{{name}}`
 * captures what stood there. Undefined when the messages do not fit the prompt (it changed
 * since, or the request was not made from it).
 */
export declare function varsFromMessages(prompt: PromptTemplate, messages: readonly ChatMessage[]): Record<string, string> | undefined;
