import { createHash } from 'node:crypto';

/** JSON with sorted object keys, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Short content hash used for case ids, fingerprints and definition hashes. Only the bytes it
 * keeps are written as hex: a slice of the whole digest's hex would hold on to all 64 characters
 * for as long as the hash lives, once per case of a large run (README "Large runs").
 */
export function contentHash(value: unknown, length = 16): string {
  const digest = createHash('sha256')
    .update(typeof value === 'string' ? value : canonicalJson(value))
    .digest();
  return digest.toString('hex', 0, Math.ceil(length / 2)).slice(0, length);
}
