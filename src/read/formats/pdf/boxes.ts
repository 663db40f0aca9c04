// Giving the cells the layout reader found their place on the PDF page: the union of the boxes of the chunks
// their character span covers on the rendered line.
import type { LineSource } from '../../lines/types.js';
import { type Box, type Rendered, unionBox } from './layout.js';

const round = (v: number): number => Math.round(v * 100) / 100;

/** Set `box` on every non-empty cell of the source from the rendered lines' spans (lines are in the same order). */
export function attachBoxes(source: LineSource, rendered: Rendered): void {
  for (const line of source.lines) {
    const spans = rendered.lines[line.no - 1]?.spans;
    if (!spans || spans.length === 0) continue;
    for (const cell of line.cells) {
      if (cell.end <= cell.start) continue;
      let box: Box | undefined;
      for (const s of spans) if (s.start < cell.end && cell.start < s.end) box = box ? unionBox(box, s.box) : s.box;
      if (box) cell.box = { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
    }
  }
}
