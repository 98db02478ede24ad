/**
 * A folder that ships with evalgate (`fixtures/demo`, `templates/init`), found by walking up
 * from wherever this module was bundled to: src/ in a checkout, dist/ (or dist/chunks/) when
 * installed.
 */
export declare function installedPath(relativePath: string, what: string): string;
