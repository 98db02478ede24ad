// Ambient types for the parts of jStat (https://github.com/jstat/jstat, v1.9) that src/stats uses.
// jStat is CommonJS and ships no types; only what we call is declared, so a new use must add
// its signature here on purpose.
declare module 'jstat' {
  interface JStat {
    /** ln Γ(x) (Numerical Recipes' Lanczos approximation). */
    gammaln(x: number): number;
    normal: {
      /** Quantile function (inverse CDF) of N(mean, sd²). */
      inv(p: number, mean: number, sd: number): number;
    };
    studentt: {
      /** Quantile function of Student's t with `dof` degrees of freedom. */
      inv(p: number, dof: number): number;
    };
    beta: {
      /** Quantile function of Beta(alpha, beta). */
      inv(p: number, alpha: number, beta: number): number;
    };
  }
  const jStat: JStat;
  export = jStat;
}
