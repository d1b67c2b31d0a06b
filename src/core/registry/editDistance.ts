/**
 * The optimal-string-alignment distance (Damerau-Levenshtein where each substring is edited
 * once) between `a` and `b`, or `limit + 1` as soon as it is certain to exceed `limit`.
 *
 * Written here rather than taken from npm: `fastest-levenshtein` and `leven` count a swap of
 * two neighbouring letters as two edits, which is the commonest typo, and `damerau-levenshtein`
 * allocates a square matrix of the longer name's size on every call and has no working bound.
 * With a bound of 2, only a band of the matrix around the diagonal can matter, and comparing a
 * name with the thousand most used ones stays far below a millisecond.
 */
export function boundedOsaDistance(a: string, b: string, limit: number): number {
    if (Math.abs(a.length - b.length) > limit) {
        return limit + 1;
    }
    // Three rows suffice: the previous two for a transposition, and the current one.
    let before = new Array<number>(b.length + 1).fill(0);
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let current = new Array<number>(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, before[j - 2]! + 1);
            }
            current[j] = value;
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit) {
            return limit + 1;
        }
        [before, previous, current] = [previous, current, before];
    }
    return Math.min(previous[b.length]!, limit + 1);
}

/** True when `b` is `a` with exactly one pair of neighbouring characters swapped. */
export function isOneTransposition(a: string, b: string): boolean {
    if (a.length !== b.length || a === b) {
        return false;
    }
    let first = 0;
    while (a[first] === b[first]) {
        first++;
    }
    return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}
