/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
export declare function mapPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]>;
