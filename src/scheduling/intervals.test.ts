import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containedIn, type Interval, intersect, normalize, overlapsAny, subtract } from './intervals.js';

const i = (start: number, end: number): Interval => ({ start, end });

// Small integer coordinates let a brute-force model (the set of unit cells [k, k+1)) stand in for the truth.
const SPAN = 60;
const arbInterval = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }))
  .map(([a, b]) => i(a, b)); // deliberately includes empty and inverted intervals
const arbList = fc.array(arbInterval, { maxLength: 12 });
const runs = { numRuns: 300, seed: 20301103 };

function cells(list: readonly Interval[]): Set<number> {
  const out = new Set<number>();
  for (const { start, end } of list) for (let k = start; k < end; k++) out.add(k);
  return out;
}

function isNormalized(list: readonly Interval[]): boolean {
  return list.every((p, k) => p.start < p.end && (k === 0 || list[k - 1]!.end < p.start));
}

describe('normalize', () => {
  it('sorts, drops empty pieces and merges overlapping and touching ones', () => {
    expect(normalize([i(30, 40), i(5, 5), i(10, 20), i(20, 25), i(12, 15), i(50, 45), i(39, 41)])).toEqual([
      i(10, 25),
      i(30, 41),
    ]);
  });

  it('returns fresh objects without extra fields and leaves the input alone', () => {
    const input = [{ start: 5, end: 9, reason: 'time_off' }, i(1, 2)];
    const out = normalize(input);
    expect(out).toEqual([i(1, 2), i(5, 9)]);
    expect(out[1]).not.toBe(input[0]);
    expect(input[0]).toEqual({ start: 5, end: 9, reason: 'time_off' });
  });

  it('drops NaN bounds instead of corrupting the order', () => {
    expect(normalize([i(Number.NaN, 5), i(1, 3), i(2, Number.NaN)])).toEqual([i(1, 3)]);
  });

  it('keeps the same instants and yields a normalized list (property)', () => {
    fc.assert(
      fc.property(arbList, (list) => {
        const out = normalize(list);
        expect(isNormalized(out)).toBe(true);
        expect(cells(out)).toEqual(cells(list));
      }),
      runs,
    );
  });
});

describe('intersect and subtract', () => {
  it('intersects unsorted lists', () => {
    expect(intersect([i(20, 30), i(0, 10)], [i(5, 25)])).toEqual([i(5, 10), i(20, 25)]);
    expect(intersect([i(0, 10)], [])).toEqual([]);
  });

  it('merges results that end up touching', () => {
    expect(intersect([i(0, 5), i(5, 10)], [i(0, 10)])).toEqual([i(0, 10)]);
  });

  it('subtracts cuts that span several pieces', () => {
    expect(subtract([i(0, 10), i(20, 30), i(40, 50)], [i(5, 25), i(45, 60), i(41, 42)])).toEqual([
      i(0, 5),
      i(25, 30),
      i(40, 41),
      i(42, 45),
    ]);
    expect(subtract([i(0, 10)], [i(0, 10)])).toEqual([]);
  });

  it('match set intersection and difference (property)', () => {
    fc.assert(
      fc.property(arbList, arbList, (a, b) => {
        const ca = cells(a);
        const cb = cells(b);
        const both = intersect(a, b);
        const rest = subtract(a, b);
        expect(isNormalized(both)).toBe(true);
        expect(isNormalized(rest)).toBe(true);
        expect(cells(both)).toEqual(new Set([...ca].filter((k) => cb.has(k))));
        expect(cells(rest)).toEqual(new Set([...ca].filter((k) => !cb.has(k))));
      }),
      runs,
    );
  });
});

describe('overlapsAny and containedIn', () => {
  const list = normalize([i(10, 20), i(30, 40), i(50, 60)]);

  it('treat the end as exclusive', () => {
    expect(overlapsAny(list, i(20, 30))).toBe(false);
    expect(overlapsAny(list, i(19, 21))).toBe(true);
    expect(overlapsAny(list, i(0, 10))).toBe(false);
    expect(overlapsAny(list, i(60, 70))).toBe(false);
    expect(overlapsAny(list, i(0, 100))).toBe(true);
  });

  it('never match an empty interval', () => {
    expect(overlapsAny(list, i(15, 15))).toBe(false);
    expect(containedIn(list, i(15, 15))).toBeUndefined();
    expect(containedIn(list, i(16, 14))).toBeUndefined();
  });

  it('return the containing piece', () => {
    expect(containedIn(list, i(30, 40))).toEqual(i(30, 40));
    expect(containedIn(list, i(32, 35))).toEqual(i(30, 40));
    expect(containedIn(list, i(35, 45))).toBeUndefined();
    expect(containedIn(list, i(25, 35))).toBeUndefined();
    expect(containedIn([], i(1, 2))).toBeUndefined();
  });

  it('agree with a linear scan (property)', () => {
    fc.assert(
      fc.property(arbList, arbInterval, (raw, q) => {
        const sorted = normalize(raw);
        const empty = q.end <= q.start;
        const overlaps = !empty && sorted.some((p) => p.start < q.end && q.start < p.end);
        const container = empty ? undefined : sorted.find((p) => p.start <= q.start && q.end <= p.end);
        expect(overlapsAny(sorted, q)).toBe(overlaps);
        expect(containedIn(sorted, q)).toBe(container);
      }),
      runs,
    );
  });
});
