import { Mulberry32 } from '../stats/random.js';
import type { EvalCase } from './case.js';
/**
 * Red-team mutations for `evalgate redteam` (docs/governance.md, "Red-team variants"). Each
 * rewrites a case's attack text; the ones that draw (which wrapper, which letters) draw from
 * a generator seeded by the seed, the case id and the mutation, so a variant depends only on
 * those and reruns reproduce it byte for byte. No mutation calls a model or the network.
 */
export declare const MUTATIONS: readonly ["base64", "rot13", "leetspeak", "language", "suffix", "roleplay"];
export type Mutation = (typeof MUTATIONS)[number];
/** The mutated attack text, and the choice it drew (the language, the wrapper's number) for the variant's tags. */
export declare function mutate(text: string, mutation: Mutation, random: Mulberry32): {
    text: string;
    variant?: string;
};
export declare function rot13(text: string): string;
/** One dataset line of a variant, in the order its keys are written. */
export interface VariantLine {
    id: string;
    vars: Record<string, unknown>;
    expected?: unknown;
    tags: Record<string, string>;
    severity: EvalCase['severity'];
}
/**
 * Every case × mutation as a dataset line: id `<source id>~<mutation>`, the source's vars with
 * the attack variable rewritten, its expected, severity and tags, plus `redteam: <mutation>`
 * and `redteam_source: <source id>` (and `redteam_variant` when the mutation drew a choice).
 */
export declare function redteamVariants(cases: readonly EvalCase[], mutations: readonly Mutation[], seed: number, input: string | undefined): {
    lines: VariantLine[];
    skipped: string[];
};
