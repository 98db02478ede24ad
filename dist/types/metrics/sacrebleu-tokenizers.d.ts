export type BleuTokenizerName = '13a' | 'none' | 'intl' | 'char';
/**
 * sacreBLEU's default `13a` tokenizer (tokenizer_13a.Tokenizer13a), equivalent to
 * mteval-v13a.pl as used by WMT.
 */
export declare function tokenize13a(text: string): string;
/** sacreBLEU's `intl` tokenizer: splits off Unicode punctuation and symbols. */
export declare function tokenizeIntl(text: string): string;
/** sacreBLEU's `char` tokenizer: every code point (spaces included) becomes a token. */
export declare function tokenizeChar(text: string): string;
/** The tokenizer sacreBLEU selects by name; `none` leaves the line as it is. */
export declare function bleuTokenizer(name: BleuTokenizerName): (line: string) => string;
