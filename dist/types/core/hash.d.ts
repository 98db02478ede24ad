/** JSON with sorted object keys, so equal values always hash equally. */
export declare function canonicalJson(value: unknown): string;
export declare function sha256(text: string): string;
/** Short content hash used for case ids, fingerprints and definition hashes. */
export declare function contentHash(value: unknown, length?: number): string;
