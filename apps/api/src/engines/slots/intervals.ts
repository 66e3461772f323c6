/** A half-open UTC range [start, end) in epoch milliseconds. Lists of them are kept sorted and disjoint. */
export interface Interval {
  start: number;
  end: number;
}

export const minuteMs = 60_000;
export const dayMs = 86_400_000;

/** Sorts and merges overlapping or touching intervals; the input is not modified. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** Intersection of two sorted, disjoint lists by a linear merge. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** `from` minus `remove`, both sorted and disjoint, by a linear merge. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const { start, end } of from) {
    let cursor = start;
    while (j < remove.length && remove[j]!.end <= cursor) j++;
    let k = j;
    while (k < remove.length && remove[k]!.start < end) {
      const cut = remove[k]!;
      if (cut.start > cursor) out.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
      k++;
    }
    if (cursor < end) out.push({ start: cursor, end });
  }
  return out;
}

/** Index of the first interval whose end is after `at` (binary search); `list.length` when none. */
export function firstEndingAfter(list: readonly Interval[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.end <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The interval of a sorted, disjoint list that contains all of [start, end), if any. */
export function containingInterval(list: readonly Interval[], start: number, end: number): Interval | undefined {
  const found = list[firstEndingAfter(list, start)];
  return found && found.start <= start && found.end >= end ? found : undefined;
}

/** Whether any interval of a sorted, disjoint list overlaps [start, end). */
export function overlapsAny(list: readonly Interval[], start: number, end: number): boolean {
  const found = list[firstEndingAfter(list, start)];
  return found !== undefined && found.start < end;
}
