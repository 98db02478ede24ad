/** Files may start with a UTF-8 byte-order mark (DESIGN.md, "Input rules"). */
export declare function stripBom(text: string): string;
