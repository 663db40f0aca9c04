/** A greyscale raster: one byte per pixel, 0 black to 255 white, rows top to bottom. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A ruling line found on a raster, in pixels: horizontal when y0 = y1, vertical when x0 = x1. */
export interface PixelRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Parse a binary PGM (P5, 8-bit), what `pdftoppm -gray` writes without `-png`. */
export function parsePgm(bytes: Uint8Array): GreyImage {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < bytes.length && isSpace(bytes[pos] ?? 0)) pos++;
      if (bytes[pos] !== 0x23) break; // '#' comment to end of line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !isSpace(bytes[pos] ?? 0)) pos++;
    return String.fromCharCode(...bytes.subarray(start, pos));
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  pos++; // the single whitespace byte before the raster
  if (magic !== 'P5' || !(width > 0) || !(height > 0) || max !== 255 || bytes.length < pos + width * height) {
    throw new Error(`not an 8-bit binary PGM (${magic} ${width}x${height} max ${max})`);
  }
  return { width, height, pixels: bytes.slice(pos, pos + width * height) };
}

/** Encode a raster as a binary PGM (tesseract reads it through leptonica). */
export function toPgm(img: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(header.length + img.pixels.length);
  out.set(header);
  out.set(img.pixels, header.length);
  return out;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Darker than this counts as ink (scanned JPEG lines are not pure black). */
const INK = 150;
/** Pixels beside a removed line lighter than this are its blur or JPEG ringing, and go with it. */
const HALO = 110;

/**
 * Remove the table's ruling lines from a page raster (`dpi` dots per inch), in place, and return them. Tesseract
 * reads bordered tables badly (borders become `|`, `[`, stray quotes, and whole rows turn to noise), so straight
 * runs of ink at least 0.4 inch long are whitened: far longer than any stroke of a character at body-text size.
 * Runs may have gaps of up to 2 pixels (scan breaks). The line's blurred fringe goes with it, and so do specks of
 * ink left beside it (JPEG ringing, line crossings); a character touching the line is a larger blot and stays.
 */
export function removeRules(img: GreyImage, dpi: number): PixelRule[] {
  const { width: w, height: h, pixels: px } = img;
  const minRun = Math.round(dpi * 0.4);
  const mask = new Uint8Array(w * h);
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  for (let y = 0; y < h; y++) {
    scanRuns(w, (x) => (px[y * w + x] ?? 255) < INK, minRun, (a, b) => {
      for (let x = a; x < b; x++) mask[y * w + x] = 1;
      horizontal.push({ along: y, from: a, to: b });
    });
  }
  for (let x = 0; x < w; x++) {
    scanRuns(h, (y) => (px[y * w + x] ?? 255) < INK, minRun, (a, b) => {
      for (let y = a; y < b; y++) mask[y * w + x] = 1;
      vertical.push({ along: x, from: a, to: b });
    });
  }
  const near = nearMask(mask, w, h, Math.max(2, Math.round(dpi / 100)));
  const speck = Math.round((dpi / 30) ** 2);
  for (let i = 0; i < w * h; i++) {
    if (mask[i] || (near[i] && (px[i] ?? 255) >= HALO)) px[i] = 255;
  }
  for (let i = 0; i < w * h; i++) {
    if (near[i] && !mask[i] && (px[i] ?? 255) < INK) clearSpeck(img, i, speck);
  }
  return [
    ...mergeRuns(horizontal).map((r) => ({ x0: r.from, y0: r.along, x1: r.to, y1: r.along })),
    ...mergeRuns(vertical).map((r) => ({ x0: r.along, y0: r.from, x1: r.along, y1: r.to })),
  ];
}

/** Pixels within `r` (square distance) of the mask: the mask dilated, as two passes of one-dimensional runs. */
function nearMask(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const rows = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    let last = -Infinity;
    for (let x = 0; x < w; x++) if (mask[y * w + x]) last = x; else if (x - last <= r) rows[y * w + x] = 1;
    last = Infinity;
    for (let x = w - 1; x >= 0; x--) if (mask[y * w + x]) last = x; else if (last - x <= r) rows[y * w + x] = 1;
  }
  const out = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let last = -Infinity;
    for (let y = 0; y < h; y++) if (mask[y * w + x] || rows[y * w + x]) last = y; else if (y - last <= r) out[y * w + x] = 1;
    last = Infinity;
    for (let y = h - 1; y >= 0; y--) if (mask[y * w + x] || rows[y * w + x]) last = y; else if (last - y <= r) out[y * w + x] = 1;
  }
  for (let i = 0; i < w * h; i++) if (rows[i] && !mask[i]) out[i] = 1;
  return out;
}

/** Whiten the blot of ink (8-connected) holding pixel `start` when it has at most `max` pixels. */
function clearSpeck(img: GreyImage, start: number, max: number): void {
  const { width: w, height: h, pixels: px } = img;
  const seen = new Set<number>([start]);
  const todo = [start];
  while (todo.length) {
    const i = todo.pop() as number;
    const x = i % w;
    const y = (i - x) / w;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const j = ny * w + nx;
        if (seen.has(j) || (px[j] ?? 255) >= INK) continue;
        if (seen.size >= max) return; // a character, not a speck
        seen.add(j);
        todo.push(j);
      }
    }
  }
  for (const i of seen) px[i] = 255;
}

/** A run of ink along one row (`along` = y) or column (`along` = x), pixels [from, to). */
interface Run {
  along: number;
  from: number;
  to: number;
}

function scanRuns(n: number, ink: (i: number) => boolean, minRun: number, emit: (from: number, to: number) => void): void {
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= n; i++) {
    const on = i < n && ink(i);
    if (on) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > 2) {
      if (lastInk + 1 - start >= minRun) emit(start, lastInk + 1);
      start = -1;
    }
  }
}

/** One rule per line drawn several pixels thick: runs on neighbouring rows (columns) that overlap, at their middle. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const groups: { first: number; last: number; from: number; to: number }[] = [];
  const open: typeof groups = [];
  for (const r of runs) {
    const g = open.find((o) => o.last >= r.along - 1 && o.from < r.to && r.from < o.to);
    if (g) {
      g.last = r.along;
      g.from = Math.min(g.from, r.from);
      g.to = Math.max(g.to, r.to);
    } else {
      const n = { first: r.along, last: r.along, from: r.from, to: r.to };
      groups.push(n);
      open.push(n);
    }
    // Runs come in order of `along`; groups left behind can no longer grow.
    for (let k = open.length - 1; k >= 0; k--) if ((open[k]?.last ?? 0) < r.along - 1) open.splice(k, 1);
  }
  return groups.map((g) => ({ along: Math.round((g.first + g.last) / 2), from: g.from, to: g.to }));
}
