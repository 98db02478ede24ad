/**
 * promptfoo assertions → evalgate scorers and rules, following promptfoo's documented
 * semantics (docs/migrating.md lists each mapping and where it is approximate). Pure.
 */
/** One promptfoo assertion as written in the config, with where it was written. */
export interface PromptfooAssertion {
    type: string;
    value?: unknown;
    threshold?: number;
    weight?: number;
    metric?: string;
    provider?: unknown;
    [key: string]: unknown;
}
export interface Located {
    file: string;
    line?: number;
}
/** What an assertion became. */
export type MappedAssertion = {
    kind: 'scorer';
    name: string;
    scorer: Record<string, unknown>;
    module?: {
        name: string;
        text: string;
    };
    notes: string[];
} | {
    kind: 'rule';
    rule: Record<string, unknown>;
    notes: string[];
} | {
    kind: 'unmapped';
    reason: string;
};
/** A promptfoo `metric:` name or the assertion type as an evalgate id (letters, digits, "_", "-"). */
export declare function scorerName(assertion: PromptfooAssertion): string;
/**
 * Maps one assertion. `judge` and `embeddings` name the providers a model-graded scorer
 * uses; `id` is the scorer id the caller chose (unique in its suite or case).
 */
export declare function mapAssertion(assertion: PromptfooAssertion, id: string, providers: {
    judge: string;
    embeddings: string;
}): MappedAssertion;
/**
 * A `code` scorer module from a promptfoo javascript assertion: an expression, or a function
 * body with `return`, over `output` and `context` (`context.vars`). As in promptfoo, a boolean
 * is pass/fail, a number is a score (passing above 0, or at the assertion's threshold), and
 * `{ pass, score, reason }` is both.
 */
export declare function javascriptModule(code: string, threshold?: number): string;
