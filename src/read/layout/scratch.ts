// Cost and step tables for the order-preserving matches (align.ts, segment.ts, grid.ts). A typed array of
// more than a few dozen bytes is stored outside the JS heap and is slow to create, and a match runs once per
// body line, so each kind of match keeps one pair of tables and reuses it, growing it when needed.

/** A cost table and a step table of the same length. */
export interface Tables {
  cost: Float64Array;
  step: Int8Array;
}

/** Empty tables, to be readied before use. */
export function newTables(): Tables {
  return { cost: new Float64Array(256), step: new Int8Array(256) };
}

/** Tables with at least `size` entries: these, or larger ones when they are too small. */
export function grown(t: Tables, size: number): Tables {
  return t.cost.length >= size ? t : { cost: new Float64Array(2 * size), step: new Int8Array(2 * size) };
}

/** Tables with at least `size` entries, the first `size` costs Infinity and steps 0. */
export function ready(t: Tables, size: number): Tables {
  const out = grown(t, size);
  out.cost.fill(Infinity, 0, size);
  out.step.fill(0, 0, size);
  return out;
}
