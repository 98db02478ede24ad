import type { Interval } from './signature.js';
export type PairedProportionDiffMethod = 'newcombe' | 'tango';
export interface PairedProportionDiffIntervalOptions {
    method?: PairedProportionDiffMethod;
    confidence?: number;
}
/**
 * A confidence interval for p1 - p2, where p1 = (n11 + n10) / n is the success rate under the
 * first condition and p2 = (n11 + n01) / n under the second, from the paired 2×2 table
 *
 * |              | 2nd success | 2nd failure |
 * |--------------|-------------|-------------|
 * | 1st success  | n11         | n10         |
 * | 1st failure  | n01         | n00         |
 *
 * - `'newcombe'` (default): Newcombe's hybrid score ("square-and-add") interval for paired
 *   data, method 10 of Newcombe (1998), Statistics in Medicine 17:2635–2650. It combines the
 *   Wilson intervals of p1 and p2 with the phi correlation of the table, whose numerator
 *   n11·n00 - n10·n01 is shrunk by n/2 towards zero when positive (Newcombe's correction), as
 *   in Fagerland, Lydersen & Laake, "Statistical Analysis of Contingency Tables" (2017), §8.5.
 * - `'tango'`: Tango's asymptotic score interval (Tango 1998, Statistics in Medicine
 *   17:891–908): the δ whose restricted-ML score statistic equals ±z, found by bisection.
 *
 * `undefined` when n = 0.
 */
export declare function pairedProportionDiffInterval(n11: number, n10: number, n01: number, n00: number, options?: PairedProportionDiffIntervalOptions): Interval | undefined;
