export declare function erfc(x: number): number;
/** P(Z <= x) for a standard normal Z. */
export declare function normalCdf(x: number): number;
/** P(Z > x) for a standard normal Z, accurate far into the upper tail. */
export declare function normalSf(x: number): number;
export declare function normalPdf(x: number): number;
/** The standard normal quantile: jStat's estimate, polished by one Newton step against the
 * accurate CDF/SF above so that extreme levels keep full precision. */
export declare function normalPpf(p: number): number;
/** The upper quantile: the z with P(Z > z) = q (scipy.stats.norm.isf). */
export declare function normalIsf(q: number): number;
/** P(T > t) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2) / 2 for
 * t >= 0 (Abramowitz & Stegun 26.5.27 / 26.7.1), which keeps relative precision in the tail. */
export declare function tSf(t: number, df: number): number;
export declare function tCdf(t: number, df: number): number;
export declare function tPdf(t: number, df: number): number;
/** The Student t quantile: jStat's estimate (its inverse incomplete beta stops at a relative
 * step of 1e-8) polished by Newton steps against the tail probability above. */
export declare function tPpf(p: number, df: number): number;
/** P(X > x) for a chi-squared variable with one degree of freedom: P(|Z| > √x). */
export declare function chi2Sf1(x: number): number;
/** The regularised incomplete beta function I_x(a, b), by the continued fraction of
 * Numerical Recipes 3rd ed. §6.4 (modified Lentz), evaluated on the side where it converges
 * quickly and run until a step changes the value by less than machine precision. */
export declare function incompleteBeta(x: number, a: number, b: number): number;
/** The Beta(a, b) quantile (scipy.stats.beta.ppf): jStat's estimate polished by Newton steps. */
export declare function betaPpf(p: number, a: number, b: number): number;
/** P(X = k) for X ~ Binomial(n, p). While (1 - p)^n is a normal double the pmf is built by
 * the exact ratio recurrence from P(X = 0) (relative error about 2k·ε); beyond that through
 * jStat's log-gamma (relative error about 1e-10). */
export declare function binomialPmf(k: number, n: number, p: number): number;
/** P(X <= k) for X ~ Binomial(n, p), summed term by term from k downwards (each term from the
 * previous by the ratio j / (n - j + 1) · (1 - p) / p) until the terms no longer register, so a
 * small tail keeps its relative precision. */
export declare function binomialCdf(k: number, n: number, p: number): number;
