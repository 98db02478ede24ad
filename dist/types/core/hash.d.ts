/** JSON with sorted object keys, so equal values always hash equally. */
export declare function canonicalJson(value: unknown): string;
export declare function sha256(text: string): string;
/**
 * Short content hash used for case ids, fingerprints and definition hashes. Only the bytes it
 * keeps are written as hex: a slice of the whole digest's hex would hold on to all 64 characters
 * for as long as the hash lives, once per case of a large run (README "Large runs").
 */
export declare function contentHash(value: unknown, length?: number): string;
