// Bracketed root finding by bisection: slower than Brent's method but it cannot leave the
// bracket, and the functions solved here (a score statistic, a power curve) are cheap and
// monotone. It runs until the bracket stops shrinking in floating point, so the answer is as
// precise as the function allows.

/** A root of `f` in [lo, hi], where f(lo) and f(hi) have opposite signs (or one is zero);
 * `undefined` when they do not. */
export function bisect(f: (x: number) => number, lo: number, hi: number): number | undefined {
  let a = lo;
  let b = hi;
  let fa = f(a);
  const fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Number.isNaN(fa) || Number.isNaN(fb) || Math.sign(fa) === Math.sign(fb)) return undefined;
  for (let i = 0; i < 2000; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) return mid;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else {
      b = mid;
    }
  }
  return a + (b - a) / 2;
}
