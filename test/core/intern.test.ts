import { describe, expect, it } from 'vitest';
import { createInterner } from '../../src/core/intern.js';

describe('createInterner', () => {
  it('returns the first copy of an equal small value, so a large run holds one', () => {
    const share = createInterner();
    const a = share({ value: 1, pass: true });
    const b = share({ value: 1, pass: true });
    expect(b).toBe(a);
    expect(share({ value: 0, pass: false })).not.toBe(a);
  });

  it('never confuses a string with an object whose JSON is that string', () => {
    const share = createInterner();
    const object = share({ a: 1 });
    expect(share('{"a":1}')).toBe('{"a":1}');
    expect(share({ a: 1 })).toBe(object);
  });

  it('never shares values JSON cannot tell apart: NaN, ±Infinity and null, -0 and 0', () => {
    const share = createInterner();
    const nan = share({ value: NaN });
    expect(share({ value: null })).not.toBe(nan);
    const infinite = { value: Infinity };
    expect(share(infinite)).toBe(infinite);
    share({ value: 0 });
    const negative = { value: -0 };
    expect(share(negative)).toBe(negative);
  });

  it('passes numbers, booleans, null and large values through unshared', () => {
    const share = createInterner();
    expect(share(3)).toBe(3);
    expect(share(null)).toBe(null);
    share({ detail: 'x'.repeat(500) });
    const again = { detail: 'x'.repeat(500) };
    expect(share(again)).toBe(again);
  });

  it('stops growing at its cap: unique values past it are returned as they are', () => {
    const share = createInterner();
    for (let i = 0; i < 60_000; i++) share({ i });
    const late = { i: 59_999 };
    expect(share(late)).toBe(late);
    const early = { i: 1 };
    expect(share(early)).not.toBe(early);
  });
});
