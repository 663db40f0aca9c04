// Ruling lines (table borders) from a page's pdf.js operator list: every straight, axis-parallel stroke and
// every thin filled rectangle, in viewport coordinates. Printers draw borders either way (Chromium fills a
// thin rectangle per cell edge, office suites stroke lines or rectangles).

/** A ruling line's box: horizontal when wider than high, vertical otherwise. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

/** The operator numbers of pdf.js used here. */
export interface Ops {
  constructPath: number;
  transform: number;
  save: number;
  restore: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

// A filled shape at most this thick (points) is a line; a stroked segment this far from axis-parallel is not.
const THIN = 2.5;
const SKEW = 0.5;
// Path data codes of pdf.js (DrawOPS).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

function times(m: Matrix, n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n;
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Subpaths of pdf.js path data as point lists (curves reduced to their end points: they never make rules). */
function subpaths(data: ArrayLike<number>): { pts: [number, number][]; curved: boolean }[] {
  const out: { pts: [number, number][]; curved: boolean }[] = [];
  let cur: { pts: [number, number][]; curved: boolean } | undefined;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      cur = { pts: [[data[i] ?? 0, data[i + 1] ?? 0]], curved: false };
      out.push(cur);
      i += 2;
    } else if (op === LINE) {
      cur?.pts.push([data[i] ?? 0, data[i + 1] ?? 0]);
      i += 2;
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4;
      if (cur) cur.curved = true;
      cur?.pts.push([data[i + n - 2] ?? 0, data[i + n - 1] ?? 0]);
      i += n;
    } else if (op === CLOSE) {
      const first = cur?.pts[0];
      if (cur && first) cur.pts.push(first);
    } else break;
  }
  return out;
}

/** The ruling lines a page draws (viewport coordinates: `vp` is the viewport transform). */
export function pathRules(list: { fnArray: number[]; argsArray: unknown[] }, OPS: Ops, vp: Matrix): Rule[] {
  const out: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = vp;
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  list.fnArray.forEach((fn, k) => {
    const args = list.argsArray[k] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = times(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = times(ctm, args[0] as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) return;
      for (const sp of subpaths(data)) {
        const pts = sp.pts.map(([x, y]) => apply(ctm, x, y));
        if (pts.length < 2 || sp.curved) continue;
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
        const w = box.x1 - box.x0;
        const h = box.y1 - box.y0;
        if (fills.has(paint) && (w <= THIN) !== (h <= THIN)) out.push(box);
        else if (strokes.has(paint))
          // Every straight segment of a stroked path: the edges of a stroked rectangle are four rules.
          for (let i = 1; i < pts.length; i++) {
            const [ax, ay] = pts[i - 1] ?? [0, 0];
            const [bx, by] = pts[i] ?? [0, 0];
            if ((Math.abs(ax - bx) <= SKEW) !== (Math.abs(ay - by) <= SKEW)) out.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
          }
      }
    }
  });
  return out;
}
