/**
 * What every bench prints for a timing taken over several runs: the smallest, the middle (the
 * upper one of an even count) and the largest, as "min 1.0 / median 2.0 / max 3.0 ms".
 */
export function minMedianMax(values: readonly number[], digits = 1, unit = 'ms'): string {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (index: number): string => (sorted[index] ?? 0).toFixed(digits);
    return `min ${at(0)} / median ${at(Math.floor(sorted.length / 2))} / max ${at(sorted.length - 1)} ${unit}`;
}
