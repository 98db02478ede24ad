/** Files may start with a UTF-8 byte-order mark (editors on Windows write one); it is not content. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
