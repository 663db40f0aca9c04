import type { SourceLine } from '../lines/types.js';
import type { TableBlock } from './index.js';
import { NUMBER_LABEL, filled, isMetaLine, isProseHeading, isTitleLine } from './patterns.js';

const FORM_TITLE = /绩效(?:目标|自评)(?:申报)?表/;
const LOOKAHEAD = 10;

function confirmsTable(lines: readonly SourceLine[], at: number): boolean {
  // A title is real only if meta or grid lines follow soon: TOC entries and captions have none.
  let seen = 0;
  for (let i = at + 1; i < lines.length && seen < LOOKAHEAD; i++) {
    const l = lines[i]!;
    if (!l.text.trim()) continue;
    seen++;
    if (isMetaLine(l) || filled(l).length >= 2 || l.cells.length >= 3) return true;
    if (isTitleLine(l)) return false;
  }
  return false;
}

/** Find table blocks: from the title (and a number label just before it) to the start of whatever follows. */
export function findTableBlocks(lines: readonly SourceLine[]): TableBlock[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (isTitleLine(l) && confirmsTable(lines, i)) starts.push(i);
  });
  const blocks: TableBlock[] = [];
  starts.forEach((start, k) => {
    const next = starts[k + 1] ?? lines.length;
    let end = next;
    let sawGrid = false;
    for (let i = start + 1; i < next; i++) {
      const l = lines[i]!;
      const t = filled(l).join('');
      if (filled(l).length >= 2) sawGrid = true;
      if (FORM_TITLE.test(t) && filled(l).length === 1) {
        end = i;
        break;
      }
      if (sawGrid && isProseHeading(l)) {
        end = i;
        break;
      }
    }
    // A number label printed just above the next title belongs to that table.
    if (end === next) {
      let j = end - 1;
      while (j > start && (!lines[j]!.text.trim() || NUMBER_LABEL.test(filled(lines[j]!).join('').replace(/\s+/g, '')))) j--;
      end = j + 1;
    }
    blocks.push({ start: withLabelBefore(lines, start), end });
  });
  return blocks;
}

function withLabelBefore(lines: readonly SourceLine[], start: number): number {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const t = filled(lines[i]!).join('').replace(/\s+/g, '');
    if (!t) continue;
    return NUMBER_LABEL.test(t) ? i : start;
  }
  return start;
}
