export type SignatureValue = string | number | boolean;
export declare function formatSignature(name: string, settings: Readonly<Record<string, SignatureValue>>): string;
/** A two-sided or one-sided interval `[lo, hi]`. It is a plain two-element array (so it
 * destructures and compares like one); the settings that produced it ride along as a
 * non-enumerable `signature` property. */
export type Interval = readonly [number, number] & {
    readonly signature: string;
};
export declare function makeInterval(lo: number, hi: number, signature: string): Interval;
