/**
 * The case table's script in report.html, as text: the page's Content-Security-Policy allows
 * exactly this script by its hash (docs/report.md). Every string from the run reaches the page
 * through textContent, never innerHTML. Plain ES2017, no template literals, no dependencies.
 */
export declare const CASE_TABLE_SCRIPT: string;
