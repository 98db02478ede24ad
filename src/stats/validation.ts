// Argument checks shared by the statistics layer. A bad argument is a programmer error, so it
// throws a RangeError; data that merely makes a quantity undefined (n = 0, no variance) is not
// an error and is answered with `undefined` by each function.

/** Direction of the alternative hypothesis. SciPy spells the one-sided ones 'less' / 'greater',
 * statsmodels 'smaller' / 'larger'; both spellings are accepted everywhere. */
export type Alternative = 'two-sided' | 'less' | 'greater' | 'smaller' | 'larger';

/** The canonical (SciPy) spelling of an alternative. */
export type Side = 'two-sided' | 'less' | 'greater';

export function normalizeAlternative(alternative: Alternative | undefined): Side {
  switch (alternative ?? 'two-sided') {
    case 'two-sided':
      return 'two-sided';
    case 'less':
    case 'smaller':
      return 'less';
    case 'greater':
    case 'larger':
      return 'greater';
    default:
      throw new RangeError(
        `alternative must be 'two-sided', 'less'/'smaller' or 'greater'/'larger', got ${String(alternative)}`,
      );
  }
}

export function checkConfidence(confidence: number | undefined, name = 'confidence'): number {
  const value = confidence ?? 0.95;
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must lie in (0, 1), got ${value}`);
  return value;
}

export function checkProbability(value: number, name: string): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must lie in [0, 1], got ${value}`);
  return value;
}

export function checkCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  return value;
}

/** Checks that `count` successes out of `n` trials make sense. */
export function checkCountOutOf(count: number, n: number, countName: string, nName: string): void {
  checkCount(count, countName);
  checkCount(n, nName);
  if (count > n) throw new RangeError(`${countName} (${count}) exceeds ${nName} (${n})`);
}

export function checkFiniteSample(values: ArrayLike<number>, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] must be a finite number, got ${v}`);
  }
}

export function checkSameLength(x: ArrayLike<number>, y: ArrayLike<number>, what: string): void {
  if (x.length !== y.length) {
    throw new RangeError(`${what} needs paired samples of equal length, got ${x.length} and ${y.length}`);
  }
}

export function checkOneOf<T extends string>(value: T, allowed: readonly T[], name: string): T {
  if (!allowed.includes(value)) {
    throw new RangeError(`${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${String(value)}`);
  }
  return value;
}
