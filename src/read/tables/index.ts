import type { Table } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';

/** A table's line range [start, end) in the document's lines. */
export interface TableBlock {
  start: number;
  end: number;
}

/** Find table blocks (title to end of body). */
export function findTableBlocks(_lines: readonly SourceLine[]): TableBlock[] {
  return [];
}

/** Parse table blocks into typed or generic tables. */
export function readTables(_lines: readonly SourceLine[], _blocks: readonly TableBlock[], _ctx: ReadContext): Table[] {
  return [];
}
