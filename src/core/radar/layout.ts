import { RINGS, type Ring } from '../team/teamTypes';
import { QUADRANTS, type Quadrant } from './radarModel';

/**
 * The radar's geometry, in SVG user units: a square of SIZE with the centre in its middle.
 * The inner rings are wider, as on every tech radar: they hold the fewest dots per unit of
 * radius, and a segment of each ring must fit SEGMENT_CAPACITY dots without overlap.
 */
export const SIZE = 480;
export const CENTER = SIZE / 2;
/** Outer radius of each ring, in RINGS order; the first ring starts at the centre. */
export const RING_RADII: Readonly<Record<Ring, number>> = { adopt: 110, trial: 162, assess: 199, hold: 230 };
export const DOT_RADIUS = 4.5;
/** Centre-to-centre distance between neighbouring dots: room for the focus ring and the workspace mark. */
export const DOT_SPACING = 13;
/** The number of dots each ring segment is built to hold apart. */
export const SEGMENT_CAPACITY = 40;

export interface DotPosition {
    readonly x: number;
    readonly y: number;
}

/** A row of dots on one circle within a segment, and the angles it may use. */
interface Row {
    readonly radius: number;
    readonly from: number;
    readonly to: number;
    readonly capacity: number;
}

const innerRadius = (ring: Ring): number => {
    const index = RINGS.indexOf(ring);
    return index === 0 ? 0 : RING_RADII[RINGS[index - 1]!];
};

/** Quadrant `i` spans the angles [i·90° − 90°, i·90°] (SVG's y points down, so this runs clockwise from the top). */
const quadrantStart = (quadrant: Quadrant): number => (QUADRANTS.indexOf(quadrant) - 1) * (Math.PI / 2);

/**
 * The rows a segment offers: circles DOT_SPACING apart, half a spacing inside the ring's edges,
 * each keeping half a spacing from the quadrant lines, so dots of neighbouring segments never
 * come closer than DOT_SPACING either.
 */
export function segmentRows(ring: Ring, quadrant: Quadrant): Row[] {
    const rows: Row[] = [];
    const margin = DOT_SPACING / 2;
    const start = quadrantStart(quadrant);
    for (let radius = innerRadius(ring) + margin; radius <= RING_RADII[ring] - margin; radius += DOT_SPACING) {
        const edge = Math.asin(Math.min(1, margin / radius));
        const usable = Math.PI / 2 - 2 * edge;
        const step = 2 * Math.asin(Math.min(1, DOT_SPACING / (2 * radius)));
        if (usable >= 0) {
            rows.push({ radius, from: start + edge, to: start + edge + usable, capacity: Math.floor(usable / step + 1e-9) + 1 });
        }
    }
    return rows;
}

/**
 * How many dots go on each row: in proportion to what the rows hold, so the dots spread over the
 * segment. Rows are served from the ring's middle outwards, so a few dots sit mid-ring rather
 * than against its inner edge (or the centre).
 */
function rowCounts(rows: readonly Row[], count: number): number[] {
    const middle = (rows.length - 1) / 2;
    const order = rows.map((_, index) => index).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
    const counts = rows.map(() => 0);
    let remaining = count;
    let remainingCapacity = rows.reduce((sum, row) => sum + row.capacity, 0);
    order.forEach((index, served) => {
        const { capacity } = rows[index]!;
        // Beyond the capacity the last row served takes the rest: crowded, but every item keeps its dot.
        const take = served === order.length - 1 ? remaining : Math.min(capacity, Math.ceil((remaining * capacity) / Math.max(1, remainingCapacity)));
        counts[index] = take;
        remaining -= take;
        remainingCapacity -= capacity;
    });
    return counts;
}

/**
 * Where the dots of one segment go, in the order given: deterministic (the same items always
 * land on the same spots) and at least DOT_SPACING apart for up to the segment's capacity
 * (SEGMENT_CAPACITY at least, tested). Each row's dots are spread evenly over its arc.
 */
export function layoutSegment(ring: Ring, quadrant: Quadrant, count: number): DotPosition[] {
    const rows = segmentRows(ring, quadrant);
    const positions: DotPosition[] = [];
    rowCounts(rows, count).forEach((take, index) => {
        const row = rows[index]!;
        for (let k = 0; k < take; k++) {
            const angle = take === 1 ? (row.from + row.to) / 2 : row.from + ((row.to - row.from) * k) / (take - 1);
            positions.push({ x: round(CENTER + row.radius * Math.cos(angle)), y: round(CENTER + row.radius * Math.sin(angle)) });
        }
    });
    return positions;
}

/** Two decimals are plenty on screen and keep the page text stable across platforms. */
const round = (value: number): number => Math.round(value * 100) / 100;

/** Positions for a list of items, each placed within its ring and quadrant's segment, in list order. */
export function layoutRadar<T extends { readonly ring: Ring; readonly quadrant: Quadrant }>(items: readonly T[]): DotPosition[] {
    const positions: DotPosition[] = new Array<DotPosition>(items.length);
    for (const ring of RINGS) {
        for (const quadrant of QUADRANTS) {
            const indexes = items.flatMap((item, index) => (item.ring === ring && item.quadrant === quadrant ? [index] : []));
            layoutSegment(ring, quadrant, indexes.length).forEach((position, k) => {
                positions[indexes[k]!] = position;
            });
        }
    }
    return positions;
}
