/** Files may start with a UTF-8 byte-order mark (editors on Windows write one); it is not content. */
export declare function stripBom(text: string): string;
