/**
 * Structural sharing for records read again after a write: the parts of a new read that equal the last one are
 * replaced by the last one's objects, so a screen memoised on object identity re-renders only what changed. Plain
 * data only (what IndexedDB stores: objects, arrays, strings, numbers, booleans, null).
 */

/** Whether two plain data values are equal, deeply. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameData(item, b[index]));
  }
  if (Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * `next`, with each top-level field that equals `previous`'s taken from `previous` (the same object); `previous`
 * itself when every field is equal.
 */
export function shareUnchanged<T extends object>(previous: T | null | undefined, next: T): T {
  if (previous === null || previous === undefined || previous === next) return next;
  const shared: Record<string, unknown> = {};
  let same = Object.keys(previous).length === Object.keys(next).length;
  for (const [key, value] of Object.entries(next)) {
    const before = (previous as Record<string, unknown>)[key];
    if (Object.hasOwn(previous, key) && sameData(before, value)) shared[key] = before;
    else {
      shared[key] = value;
      same = false;
    }
  }
  return same ? previous : (shared as T);
}

/** Whether two records are equal but for the given fields, comparing the others by identity (after sharing). */
export function sameExcept<T extends object>(a: T, b: T, ignored: ReadonlySet<string>): boolean {
  if (a === b) return true;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      (ignored.has(key) || (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]),
  );
}
