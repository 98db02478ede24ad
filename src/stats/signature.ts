// A signature names the settings that produced a number, in sacreBLEU's style
// (`name|key:value|key:value`), so that two numbers are compared only when they were
// computed the same way.

export type SignatureValue = string | number | boolean;

export function formatSignature(name: string, settings: Readonly<Record<string, SignatureValue>>): string {
  const parts = Object.entries(settings).map(([key, value]) => `${key}:${String(value)}`);
  return [name, ...parts].join('|');
}

/** A two-sided or one-sided interval `[lo, hi]`. It is a plain two-element array (so it
 * destructures and compares like one); the settings that produced it ride along as a
 * non-enumerable `signature` property. */
export type Interval = readonly [number, number] & { readonly signature: string };

export function makeInterval(lo: number, hi: number, signature: string): Interval {
  const pair: [number, number] = [lo, hi];
  Object.defineProperty(pair, 'signature', { value: signature, enumerable: false });
  return pair as unknown as Interval;
}
