/**
 * A pure string function remembered for the strings it has seen: rules normalise the same row names and
 * compare the same amounts many times per document. The memory is dropped when it grows past `limit`, so a
 * long-running process does not keep every name it ever saw.
 */
export function memoString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    const hit = seen.get(s);
    if (hit !== undefined) return hit;
    if (seen.size >= limit) seen.clear();
    const v = fn(s);
    seen.set(s, v);
    return v;
  };
}
