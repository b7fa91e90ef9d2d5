/**
 * Half-open interval arithmetic over epoch milliseconds.
 *
 * Every scheduling question (is this slot free? inside opening hours?) reduces to a few set operations on
 * `[start, end)` intervals. Half-open intervals make back-to-back appointments (10:00–11:00 and 11:00–12:00)
 * not overlap, and make touching pieces merge cleanly.
 *
 * "Normalized" means: no empty intervals, sorted by start, pairwise disjoint and not touching. Functions
 * that take an arbitrary list normalize it first; functions whose parameter is named `sortedNormalized`
 * trust the caller so they can answer in O(log n).
 */

/** A half-open time range `[start, end)` in epoch milliseconds. Empty when `end <= start`. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Sorts, drops empty (or NaN) intervals and merges overlapping and touching ones.
 * Returns fresh `{start, end}` objects, so extra fields of the input (such as a `reason`) are not carried over.
 */
export function normalize(list: readonly Interval[]): Interval[] {
  // `!(end > start)` also drops NaN bounds, which would otherwise poison the sort.
  const pieces = list.filter((i) => i.end > i.start).map((i) => ({ start: i.start, end: i.end }));
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && piece.start <= last.end) {
      if (piece.end > last.end) last.end = piece.end;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** The instants that lie in both `a` and `b`. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i]!;
    const q = y[j]!;
    const start = Math.max(p.start, q.start);
    const end = Math.min(p.end, q.end);
    if (start < end) out.push({ start, end });
    // Whichever piece ends first cannot meet anything further along the other list.
    if (p.end < q.end) i++;
    else j++;
  }
  // The pieces are disjoint and sorted already; normalize only re-merges pieces that now touch.
  return normalize(out);
}

/** The instants of `a` that are not in `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normalize(a);
  const y = normalize(b);
  const out: Interval[] = [];
  let j = 0;
  for (const piece of x) {
    let cursor = piece.start;
    // Cuts that end before this piece cannot touch any later piece either (both lists are sorted).
    while (j < y.length && y[j]!.end <= cursor) j++;
    let k = j;
    while (k < y.length && y[k]!.start < piece.end) {
      const cut = y[k]!;
      if (cut.start > cursor) out.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
      k++;
    }
    if (cursor < piece.end) out.push({ start: cursor, end: piece.end });
  }
  return out;
}

/** Index of the first piece whose end is after `instant`, or `list.length` when there is none. */
function firstEndingAfter(list: readonly Interval[], instant: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.end > instant) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether `interval` shares at least one instant with a piece of `sortedNormalized`, in O(log n).
 * An empty `interval` overlaps nothing.
 */
export function overlapsAny(sortedNormalized: readonly Interval[], interval: Interval): boolean {
  if (!(interval.end > interval.start)) return false;
  // In a normalized list ends are sorted too, so the first piece ending after our start is the only candidate.
  const candidate = sortedNormalized[firstEndingAfter(sortedNormalized, interval.start)];
  return candidate !== undefined && candidate.start < interval.end;
}

/**
 * The piece of `sortedNormalized` that wholly contains `interval`, or undefined, in O(log n).
 * An empty `interval` is never contained: there is nothing to place.
 */
export function containedIn(sortedNormalized: readonly Interval[], interval: Interval): Interval | undefined {
  if (!(interval.end > interval.start)) return undefined;
  const candidate = sortedNormalized[firstEndingAfter(sortedNormalized, interval.start)];
  if (candidate === undefined) return undefined;
  return candidate.start <= interval.start && interval.end <= candidate.end ? candidate : undefined;
}
