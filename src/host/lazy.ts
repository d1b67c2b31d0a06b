/**
 * Memoises an asynchronous load: the first call starts it and later calls share its promise.
 * Features load their modules and the catalog this way on first use, so activation does none
 * of it. A failed load is forgotten, so the next call tries again instead of failing forever.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
    let loading: Promise<T> | undefined;
    return () => {
        loading ??= load().catch((error: unknown) => {
            loading = undefined;
            throw error;
        });
        return loading;
    };
}
