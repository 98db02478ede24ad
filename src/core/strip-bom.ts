/** Files may start with a UTF-8 byte-order mark (DESIGN.md, "Input rules"). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
