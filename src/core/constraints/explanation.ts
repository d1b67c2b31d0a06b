/**
 * A constraint written in a tool's own syntax rather than its registry's: Poetry reads
 * `^2.0` and `~1.2` in pyproject.toml although PyPI itself only knows PEP 440.
 * Absent means the registry's own syntax.
 */
export type ConstraintSyntax = 'poetry';

export interface ConstraintExplanation {
    /** A plain phrase in the display language, lower-case first, e.g. "any 4.x version from 4.17.1 up, below 5.0.0". */
    words: string;
    /** The constraint normalised: semver's `validRange` for npm, expanded comparators elsewhere. */
    range?: string;
    /** False when the ecosystem's own rules reject the constraint; `words` then says so. */
    valid: boolean;
}
