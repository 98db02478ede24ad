/**
 * Everything a model, a dataset or a PR author wrote is untrusted. These make it inert in
 * GitHub-flavoured Markdown: no HTML, no table breakage, no mentions, issue references or links.
 */
/** At most `n` characters, the last an ellipsis when cut. */
export declare const clip: (text: string, n: number) => string;
/** For inline text and table cells. */
export declare function escapeInline(text: string, maxLength?: number): string;
/** A fenced block that the content cannot close: the fence is longer than any backtick run inside. */
export declare function codeBlock(text: string, maxLength?: number): string;
/** Inline code for identifiers we did not write (case ids, tag values). */
export declare function inlineCode(text: string): string;
/** Escapes text for HTML element content and double-quoted attributes (report.html). */
export declare function esc(text: string): string;
