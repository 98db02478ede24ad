/** Values up to this size as JSON are shared; longer ones are seldom equal and would only fill the table. */
const SMALL = 160;
/** The table stops growing here, so a run of unique values costs no more than this many entries. */
const ENTRIES = 50_000;

/**
 * Shares equal small JSON values (tags, score records, token counts, short strings) among the
 * records of a large run: JSON.parse and the scorers make a fresh copy per record, and at
 * 100,000 records those copies are most of a run's memory (README "Large runs"). The values it
 * returns are shared, so nothing may change them afterwards.
 */
export function createInterner(): <T>(value: T) => T {
  const table = new Map<string, unknown>();
  return <T>(value: T): T => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'string')) return value;
    // the size is checked first: a long value is neither looked up nor scanned
    let key: string;
    if (typeof value === 'string') {
      if (value.length >= SMALL) return value;
      // a string and an object whose JSON is that string are different values
      key = `s${value}`;
    } else {
      const json = JSON.stringify(value);
      if (json.length >= SMALL || holdsUnwritable(value)) return value;
      key = `o${json}`;
    }
    const found = table.get(key);
    if (found !== undefined) return found as T;
    if (table.size < ENTRIES) table.set(key, value);
    return value;
  };
}

/** JSON writes NaN and ±Infinity as null and -0 as 0: values holding them are never shared. */
function holdsUnwritable(value: unknown): boolean {
  let found = false;
  JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) found = true;
    return v;
  });
  return found;
}
