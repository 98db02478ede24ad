/** Where a command prints: the terminal in the CLI, a buffer in tests. */
export interface Io {
    out(text: string): void;
    err(text: string): void;
}
