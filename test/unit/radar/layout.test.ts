import * as assert from 'node:assert/strict';
import { CENTER, DOT_RADIUS, DOT_SPACING, layoutRadar, layoutSegment, RING_RADII, SEGMENT_CAPACITY, segmentRows } from '../../../src/core/radar/layout';
import { QUADRANTS, type Quadrant } from '../../../src/core/radar/radarModel';
import { RINGS, type Ring } from '../../../src/core/team/teamTypes';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

/** The quadrant a point lies in, by the angle layout.ts gives each quadrant (clockwise from the top). */
function quadrantAt(point: { x: number; y: number }): Quadrant {
    const angle = Math.atan2(point.y - CENTER, point.x - CENTER);
    const index = Math.floor((angle + Math.PI / 2 + 2 * Math.PI) / (Math.PI / 2)) % 4;
    return QUADRANTS[index]!;
}

function ringAt(point: { x: number; y: number }): Ring | undefined {
    const radius = distance(point, { x: CENTER, y: CENTER });
    return RINGS.find((ring) => radius <= RING_RADII[ring]);
}

describe('radar layout', () => {
    for (const ring of RINGS) {
        it(`holds ${SEGMENT_CAPACITY} dots apart in each ${ring} segment`, () => {
            const capacity = segmentRows(ring, 'tools').reduce((sum, row) => sum + row.capacity, 0);
            assert.ok(capacity >= SEGMENT_CAPACITY, `${ring} holds ${capacity}`);
            for (const quadrant of QUADRANTS) {
                for (const count of [1, 2, 7, SEGMENT_CAPACITY]) {
                    const dots = layoutSegment(ring, quadrant, count);
                    assert.equal(dots.length, count);
                    for (const [i, a] of dots.entries()) {
                        assert.equal(quadrantAt(a), quadrant, `${ring}/${quadrant} dot ${i} of ${count} is in its quadrant`);
                        assert.equal(ringAt(a), ring, `${ring}/${quadrant} dot ${i} of ${count} is in its ring`);
                        for (const b of dots.slice(i + 1)) {
                            assert.ok(distance(a, b) >= DOT_SPACING - 0.02, `${ring}/${quadrant} (${count}): ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`);
                        }
                    }
                }
            }
        });
    }

    it('keeps dots of neighbouring segments apart too', () => {
        const items = RINGS.flatMap((ring) => QUADRANTS.flatMap((quadrant) => Array.from({ length: 20 }, () => ({ ring, quadrant }))));
        const dots = layoutRadar(items);
        for (const [i, a] of dots.entries()) {
            for (const b of dots.slice(i + 1)) {
                assert.ok(distance(a, b) >= 2 * DOT_RADIUS, `${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`);
            }
        }
    });

    it('is deterministic: the same items land on the same spots', () => {
        const items = [
            { ring: 'hold' as const, quadrant: 'libraries' as const },
            { ring: 'adopt' as const, quadrant: 'frameworks' as const },
            { ring: 'hold' as const, quadrant: 'libraries' as const },
        ];
        assert.deepEqual(layoutRadar(items), layoutRadar(items));
        assert.notDeepEqual(layoutRadar(items)[0], layoutRadar(items)[2]);
    });

    it('still gives every item a dot beyond the capacity', () => {
        assert.equal(layoutSegment('adopt', 'tools', 80).length, 80);
    });
});
