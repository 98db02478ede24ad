/**
 * Shares equal small JSON values (tags, score records, token counts, short strings) among the
 * records of a large run: JSON.parse and the scorers make a fresh copy per record, and at
 * 100,000 records those copies are most of a run's memory (README "Large runs"). The values it
 * returns are shared, so nothing may change them afterwards.
 */
export declare function createInterner(): <T>(value: T) => T;
