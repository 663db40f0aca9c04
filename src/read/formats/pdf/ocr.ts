import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadFailure } from '../types.js';
import { parsePgm, removeRules, toPgm } from './ocr-image.js';
import { Children, missingToolFailure, missingTools } from './ocr-tools.js';
import { applyLatinReadings, latinStrip } from './ocr-latin.js';
import { applyNumberReadings, numberStrip } from './ocr-numbers.js';
import { joinWords, parseTsv, runsToItems } from './ocr-words.js';
import type { PageText } from './page-text.js';

/** Resolution pages are rendered at for tesseract, which is trained on text of about 300 dpi. */
const DPI = 300;
/** Pages read at once: tesseract is single-threaded here, the machines have two CPUs. */
const PARALLEL = 2;
/** Page segmentation mode: 6 (one uniform block) read the corpus table amounts best (see test/ocr). */
const PSM = '6';
/** One thread per tesseract: two pages run side by side already. */
const TESSERACT_ENV = { OMP_THREAD_LIMIT: '1' };

/** Whether OCR can run here (Debian `tesseract-ocr` with `tesseract-ocr-chi-sim`, and `pdftoppm`). */
export function ocrAvailable(): boolean {
  return missingTools().length === 0;
}

/** Read pages without a text layer by OCR: positioned words in PDF points, marked `ocr`. */
export async function ocrPages(pdf: Uint8Array, pages: readonly number[], opts: { timeoutMs: number }): Promise<PageText[]> {
  const missing = missingTools();
  if (missing.length) throw missingToolFailure(missing);
  if (!pages.length) return [];
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, opts.timeoutMs);
  const children = new Children(abort.signal);
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-ocr-'));
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, pdf);
    const shown = await pageSizes(children, file, pages);
    // The first failure stops the other pages' children, so that all have ended before the directory goes.
    return await inParallel(pages, PARALLEL, (page) => ocrPage(children, file, dir, page, shown.get(page)), () => abort.abort());
  } catch (e) {
    if (timedOut) throw new ReadFailure('timeout', `OCR of ${pages.length} scanned page(s) took longer than ${Number((opts.timeoutMs / 1000).toFixed(1))} s; raise the time limit to read this file`);
    if (e instanceof ReadFailure) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(msg)) throw new ReadFailure('encrypted', 'the PDF is encrypted; its scanned pages cannot be rendered for OCR');
    throw new ReadFailure('corrupt', `OCR of the scanned pages failed: ${msg}`);
  } finally {
    clearTimeout(timer);
    await children.settled();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Shown {
  width: number;
  height: number;
  rotation: number;
}

/** Each page's size as shown (rotation applied) and its rotation, from `pdfinfo`. */
async function pageSizes(children: Children, file: string, pages: readonly number[]): Promise<Map<number, Shown>> {
  const first = Math.min(...pages);
  const last = Math.max(...pages);
  const info = (await children.run('pdfinfo', ['-f', String(first), '-l', String(last), file])).toString('utf8');
  const sizes = new Map<number, Shown>();
  for (const m of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)) {
    sizes.set(Number(m[1]), { width: Number(m[2]), height: Number(m[3]), rotation: 0 });
  }
  for (const m of info.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)) {
    const s = sizes.get(Number(m[1]));
    const rotation = ((Number(m[2]) % 360) + 360) % 360;
    if (s && rotation % 180 === 90) sizes.set(Number(m[1]), { width: s.height, height: s.width, rotation });
    else if (s) s.rotation = rotation;
  }
  return sizes;
}

/**
 * One page: render it grey, take its ruling lines away, OCR it, read its numbers again (digits only) and its
 * doubtful Latin runs again (Chinese only), place the words in points.
 */
async function ocrPage(children: Children, file: string, dir: string, page: number, shown: Shown | undefined): Promise<PageText> {
  const prefix = join(dir, `p${page}`);
  await children.run('pdftoppm', ['-r', String(DPI), '-gray', '-f', String(page), '-l', String(page), file, prefix]);
  const rendered = (await readdir(dir)).find((f) => f.startsWith(`p${page}-`) && f.endsWith('.pgm'));
  if (!rendered) throw new Error(`pdftoppm rendered nothing for page ${page}`);
  const img = parsePgm(await readFile(join(dir, rendered)));
  const rules = removeRules(img, DPI);
  const cleaned = join(dir, `p${page}.pgm`);
  await writeFile(cleaned, toPgm(img));
  await rm(join(dir, rendered), { force: true });
  const tsv = await children.run('tesseract', [cleaned, '-', '-l', 'chi_sim+eng', '--psm', PSM, '--dpi', String(DPI), 'tsv'], TESSERACT_ENV);
  await rm(cleaned, { force: true });
  const runs = joinWords(parseTsv(tsv.toString('utf8')));
  const numbers = numberStrip(img, runs);
  if (numbers) {
    const strip = join(dir, `p${page}-numbers.pgm`);
    await writeFile(strip, toPgm(numbers.strip));
    const digits = await children.run('tesseract', [strip, '-', '-l', 'eng', '--psm', '6', '--dpi', String(DPI), '-c', 'tessedit_char_whitelist=0123456789,.-', 'tsv'], TESSERACT_ENV);
    await rm(strip, { force: true });
    applyNumberReadings(numbers.slots, parseTsv(digits.toString('utf8')));
  }
  const latin = latinStrip(img, runs);
  if (latin) {
    const strip = join(dir, `p${page}-latin.pgm`);
    await writeFile(strip, toPgm(latin.strip));
    const han = await children.run('tesseract', [strip, '-', '-l', 'chi_sim', '--psm', PSM, '--dpi', String(DPI), 'tsv'], TESSERACT_ENV);
    await rm(strip, { force: true });
    runs.push(...applyLatinReadings(latin.slots, parseTsv(han.toString('utf8'))));
  }
  const width = shown?.width ?? (img.width * 72) / DPI;
  const height = shown?.height ?? (img.height * 72) / DPI;
  const sx = width / img.width;
  const sy = height / img.height;
  return {
    page,
    width,
    height,
    rotation: shown?.rotation ?? 0,
    items: runsToItems(runs, sx, sy),
    rules: rules.map((r) => ({ x0: r.x0 * sx, y0: r.y0 * sy, x1: r.x1 * sx, y1: r.y1 * sy })),
  };
}

/**
 * Map with at most `limit` calls in flight, results in input order. On the first failure `stop` is called and no
 * new call starts; the failure is thrown once every call in flight has ended (none is left working in the dark).
 */
async function inParallel<T, R>(xs: readonly T[], limit: number, f: (x: T) => Promise<R>, stop: () => void): Promise<R[]> {
  const out: R[] = new Array<R>(xs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < xs.length) {
      const i = next++;
      try {
        out[i] = await f(xs[i] as T);
      } catch (error) {
        if (!failure) {
          failure = { error };
          stop();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, worker));
  if (failure) throw failure.error;
  return out;
}
