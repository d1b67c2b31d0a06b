/** One explainer case, checked against the ecosystem's own library with sample versions. */
export interface ConstraintCase {
    constraint: string;
    words: string;
    /** Absent when the constraint allows anything or nothing. */
    range?: string;
    allows: string[];
    rejects: string[];
}
