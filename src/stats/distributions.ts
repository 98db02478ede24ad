// The probability distributions the tests need, on top of jStat.
//
// jStat supplies log-gamma and first estimates of the quantile functions. Two of its pieces are
// not precise enough for p-values that are compared with SciPy's to many digits, so they are
// redone here on top of it:
// - its normal CDF is 1 - erf, which loses every digit in the far tail (a p-value of 1e-20
//   comes back as 0); the normal tails here use the complementary error function directly,
//   with the Chebyshev coefficients jStat itself uses (Numerical Recipes, 3rd ed., §6.2.2,
//   `erfccheb`, relative error below 1.2e-16);
// - its incomplete beta function stops its continued fraction at a relative step of 3e-7 and
//   after 100 terms, which leaves t-test p-values wrong in the 7th digit for large df; the
//   continued fraction here runs to machine precision.
// Tail probabilities are computed on the side where they are small, never as 1 - cdf, and the
// quantiles from jStat are polished by Newton steps against these CDFs.
import jStat from 'jstat';

const ERFC_COEFFICIENTS = [
  -1.3026537197817094, 6.419697923564902e-1, 1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4,
  3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.30365583558e-6, 1.5626441722e-8,
  -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12,
  -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17,
];

/** erfc(z) for z >= 0 by Clenshaw summation of the Chebyshev series (NR3 §6.2.2). */
function erfcNonNegative(z: number): number {
  const t = 2 / (2 + z);
  const ty = 4 * t - 2;
  let d = 0;
  let dd = 0;
  for (let j = ERFC_COEFFICIENTS.length - 1; j > 0; j--) {
    const tmp = d;
    d = ty * d - dd + (ERFC_COEFFICIENTS[j] as number);
    dd = tmp;
  }
  return t * Math.exp(-z * z + 0.5 * ((ERFC_COEFFICIENTS[0] as number) + ty * d) - dd);
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? erfcNonNegative(x) : 2 - erfcNonNegative(-x);
}

/** P(Z <= x) for a standard normal Z. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** P(Z > x) for a standard normal Z, accurate far into the upper tail. */
export function normalSf(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** The standard normal quantile: jStat's estimate, polished by one Newton step against the
 * accurate CDF/SF above so that extreme levels keep full precision. */
export function normalPpf(p: number): number {
  if (p <= 0) return p === 0 ? -Infinity : NaN;
  if (p >= 1) return p === 1 ? Infinity : NaN;
  const x = jStat.normal.inv(p, 0, 1);
  const err = p < 0.5 ? normalCdf(x) - p : 1 - p - normalSf(x);
  const density = normalPdf(x);
  return density > 0 ? x - err / density : x;
}

/** The upper quantile: the z with P(Z > z) = q (scipy.stats.norm.isf). */
export function normalIsf(q: number): number {
  return -normalPpf(q);
}

/** P(T > t) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2) / 2 for
 * t >= 0 (Abramowitz & Stegun 26.5.27 / 26.7.1), which keeps relative precision in the tail. */
export function tSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  if (df === Infinity) return normalSf(t);
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

export function tCdf(t: number, df: number): number {
  return tSf(-t, df);
}

export function tPdf(t: number, df: number): number {
  return Math.exp(
    jStat.gammaln((df + 1) / 2) -
      jStat.gammaln(df / 2) -
      0.5 * Math.log(df * Math.PI) -
      ((df + 1) / 2) * Math.log1p((t * t) / df),
  );
}

/** The Student t quantile: jStat's estimate (its inverse incomplete beta stops at a relative
 * step of 1e-8) polished by Newton steps against the tail probability above. */
export function tPpf(p: number, df: number): number {
  if (df === Infinity) return normalPpf(p);
  if (p <= 0) return p === 0 ? -Infinity : NaN;
  if (p >= 1) return p === 1 ? Infinity : NaN;
  let x = jStat.studentt.inv(p, df);
  for (let i = 0; i < 2; i++) {
    const err = p < 0.5 ? tCdf(x, df) - p : 1 - p - tSf(x, df);
    const density = tPdf(x, df);
    if (!(density > 0) || !Number.isFinite(err)) break;
    x -= err / density;
  }
  return x;
}

/** P(X > x) for a chi-squared variable with one degree of freedom: P(|Z| > √x). */
export function chi2Sf1(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return 2 * normalSf(Math.sqrt(x));
}

/** The regularised incomplete beta function I_x(a, b), by the continued fraction of
 * Numerical Recipes 3rd ed. §6.4 (modified Lentz), evaluated on the side where it converges
 * quickly and run until a step changes the value by less than machine precision. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    jStat.gammaln(a + b) - jStat.gammaln(a) - jStat.gammaln(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  // Convergence takes O(√max(a, b)) terms; the cap only guards against a runaway loop.
  const maxTerms = 10000 + Math.ceil(10 * Math.sqrt(Math.max(a, b)));
  for (let m = 1; m <= maxTerms; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) <= Number.EPSILON) break;
  }
  return h;
}

function betaLogPdf(x: number, a: number, b: number): number {
  return jStat.gammaln(a + b) - jStat.gammaln(a) - jStat.gammaln(b) + (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x);
}

/** The Beta(a, b) quantile (scipy.stats.beta.ppf): jStat's estimate polished by Newton steps. */
export function betaPpf(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let x = jStat.beta.inv(p, a, b);
  for (let i = 0; i < 2; i++) {
    if (!(x > 0 && x < 1)) break;
    const err = p < 0.5 ? incompleteBeta(x, a, b) - p : 1 - p - incompleteBeta(1 - x, b, a);
    const next = x - err / Math.exp(betaLogPdf(x, a, b));
    if (!(next > 0 && next < 1)) break;
    x = next;
  }
  return x;
}

function logChoose(n: number, k: number): number {
  return jStat.gammaln(n + 1) - jStat.gammaln(k + 1) - jStat.gammaln(n - k + 1);
}

/** P(X = k) for X ~ Binomial(n, p). While (1 - p)^n is a normal double the pmf is built by
 * the exact ratio recurrence from P(X = 0) (relative error about 2k·ε); beyond that through
 * jStat's log-gamma (relative error about 1e-10). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n || !Number.isInteger(k)) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const start = Math.pow(1 - p, n);
  if (start > 1e-290) {
    const odds = p / (1 - p);
    let term = start;
    for (let j = 0; j < k; j++) term *= ((n - j) / (j + 1)) * odds;
    return term;
  }
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X <= k) for X ~ Binomial(n, p), summed term by term from k downwards (each term from the
 * previous by the ratio j / (n - j + 1) · (1 - p) / p) until the terms no longer register, so a
 * small tail keeps its relative precision. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  const kk = Math.floor(k);
  if (p === 0) return 1;
  if (p === 1) return 0;
  // Sum the shorter side; the other side is its complement.
  const mean = n * p;
  if (kk > mean) return 1 - binomialUpperSum(kk + 1, n, p);
  return binomialLowerSum(kk, n, p);
}

function binomialLowerSum(k: number, n: number, p: number): number {
  const ratio = (1 - p) / p;
  let term = binomialPmf(k, n, p);
  let sum = term;
  for (let j = k; j > 0; j--) {
    term *= (j / (n - j + 1)) * ratio;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

function binomialUpperSum(k: number, n: number, p: number): number {
  const ratio = p / (1 - p);
  let term = binomialPmf(k, n, p);
  let sum = term;
  for (let j = k; j < n; j++) {
    term *= ((n - j) / (j + 1)) * ratio;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}
