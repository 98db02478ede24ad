import type { Result } from '../core/result.js';
/**
 * Compiles a path glob the way GitHub's `paths` filters read them: `*` matches within one
 * path segment, `**` across segments, `?` one character, `[abc]` a class, `{a,b}` alternatives.
 */
export declare function compileGlob(glob: string): Result<RegExp>;
/** True when `path` matches the globs: at least one positive glob and no later `!` glob. */
export declare function matchesGlobs(path: string, globs: readonly RegExp[], negated: readonly boolean[]): boolean;
