/**
 * A small JSON path: `choices[0].message.content`, `$.data.answer`, `results[-1].text`
 * (negative indexes count from the end). Enough to pick a field out of a response, and
 * nothing a user must learn beyond what JavaScript already reads like.
 */
export type JsonPath = (string | number)[];

export function parseJsonPath(text: string): JsonPath | undefined {
  const body = text.trim().replace(/^\$\.?/, '');
  if (!body) return [];
  const path: JsonPath = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\["([^"]*)"\]|(\.)/gy;
  let expectSegment = true;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length && (m = re.exec(body))) {
    at = re.lastIndex;
    if (m[4]) {
      if (expectSegment) return undefined;
      expectSegment = true;
      continue;
    }
    if (m[1] !== undefined && !expectSegment) return undefined;
    path.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]!));
    expectSegment = false;
  }
  return at === body.length && !expectSegment ? path : undefined;
}

export function getPath(value: unknown, path: JsonPath): unknown {
  let v = value;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[seg < 0 ? v.length + seg : seg];
    } else {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
      v = (v as Record<string, unknown>)[seg];
    }
  }
  return v;
}
