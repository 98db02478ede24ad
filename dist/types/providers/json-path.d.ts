/**
 * A small JSON path: `choices[0].message.content`, `$.data.answer`, `results[-1].text`
 * (negative indexes count from the end). Enough to pick a field out of a response, and
 * nothing a user must learn beyond what JavaScript already reads like.
 */
export type JsonPath = (string | number)[];
export declare function parseJsonPath(text: string): JsonPath | undefined;
export declare function getPath(value: unknown, path: JsonPath): unknown;
