type Truth = readonly (number | boolean)[];
/**
 * Brier score (sklearn `brier_score_loss`): mean of (prob − y)². Throws RangeError on
 * empty or unequal-length input or on a probability outside [0, 1].
 */
export declare function brierScore(yTrue: Truth, prob: readonly number[]): number;
export interface LogLossOptions {
    /**
     * Probabilities are clipped to [eps, 1 − eps] before taking logs, so that a confident
     * mistake costs −log(eps) instead of infinity. Default: 2⁻⁵² (float64 machine
     * epsilon), the value sklearn ≥ 1.5 uses (`eps="auto"`); older sklearn used 1e-15.
     */
    eps?: number;
}
/**
 * Log loss / binary cross-entropy (sklearn `log_loss` with a 1-d `y_pred` of positive-
 * class probabilities): −mean(y·ln p + (1 − y)·ln(1 − p)) after clipping p to
 * [eps, 1 − eps]. Unlike sklearn, a `yTrue` with one class only is accepted (the loss
 * is still defined). Throws RangeError on empty or unequal-length input, on a
 * probability outside [0, 1], or on eps outside (0, 0.5).
 */
export declare function logLoss(yTrue: Truth, prob: readonly number[], options?: LogLossOptions): number;
/**
 * How the [0, 1] probability range is cut: `equal-width` = M intervals of width 1/M
 * (Guo et al.; sklearn `calibration_curve(strategy="uniform")`), `equal-mass` = edges at
 * the 0, 1/M, …, 1 quantiles of `prob` (sklearn `strategy="quantile"`, linear
 * interpolation). `uniform` and `quantile` are accepted as sklearn's names for them.
 */
export type BinningStrategy = 'equal-width' | 'equal-mass' | 'uniform' | 'quantile';
export interface CalibrationOptions {
    /** Number of bins M (default 10). */
    bins?: number;
    strategy?: BinningStrategy;
}
export interface CalibrationBin {
    lo: number;
    hi: number;
    count: number;
    /** Mean forecast probability in the bin; `undefined` for an empty bin. */
    meanConfidence: number | undefined;
    /** Observed frequency of y = 1 in the bin; `undefined` for an empty bin. */
    accuracy: number | undefined;
}
export interface CalibrationResult {
    ece: number;
    bins: CalibrationBin[];
    signature: string;
}
/**
 * Expected calibration error, ECE = Σₘ (|Bₘ| / n)·|acc(Bₘ) − conf(Bₘ)| (Guo et al.
 * 2017, eq. 3), where conf is the mean forecast and acc the observed frequency of
 * y = 1 in bin Bₘ. Bins are closed on the right, Bₘ = (loₘ, hiₘ], and the first one
 * also holds lo₀ (so a forecast of exactly 0 lands in the first bin and 1 in the
 * last), the convention of Guo et al. and of sklearn's `calibration_curve`. Equal-width
 * edges are numpy.linspace(0, 1, M + 1) as in sklearn, so an edge may read
 * 0.30000000000000004 where Guo et al. write 3/10. Every bin is returned, empty ones
 * with count 0. Per-bin `meanConfidence`/`accuracy` are exactly
 * sklearn `calibration_curve`'s `prob_pred`/`prob_true` for the non-empty bins.
 * Throws RangeError on empty or unequal-length input, a probability outside [0, 1], or
 * a bin count that is not a positive integer.
 */
export declare function expectedCalibrationError(yTrue: Truth, prob: readonly number[], options?: CalibrationOptions): CalibrationResult;
export {};
