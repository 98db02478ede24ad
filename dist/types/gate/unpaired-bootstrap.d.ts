import type { BootstrapStatistic } from './regression-test.js';
/**
 * Bootstrap replicates of statistic(b) − statistic(a) (or the ratio) when the two samples do
 * not pair: each is resampled on its own. Replicates are sorted ascending, like pairedBootstrap's.
 */
export declare function unpairedBootstrapReplicates(a: readonly number[], b: readonly number[], options: {
    statistic: BootstrapStatistic;
    compare: 'diff' | 'ratio';
    resamples: number;
    seed: number;
}): {
    estimate: number | undefined;
    replicates: Float64Array;
};
