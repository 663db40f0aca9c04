// The PDF reader: pdf.js's text layer per page (OCR for pages without one, when tesseract is installed),
// rendered as layout text and read by the layout reader, with every cell's box on its page.
import type { Diagnostic } from '../../../model/index.js';
import { readLayoutText } from '../../layout/index.js';
import { type Extracted, type FormatReader, ReadFailure, type ReadOptions } from '../types.js';
import { attachBoxes, ruledRows } from './boxes.js';
import { type Rendered, renderPages } from './layout.js';
import { ocrAvailable, ocrPages } from './ocr.js';
import type { PageText } from './page-text.js';
import { openPdf, type PdfDocument, pdfFailure } from './pdfjs.js';
import { addRules, pageText } from './text-layer.js';

/** Whether bytes start with the PDF signature. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}

/** The positioned text of every page of a PDF (no OCR): throws ReadFailure when it cannot be opened or is too long. */
export async function readPageTexts(bytes: Uint8Array, opts: Pick<ReadOptions, 'limits'>): Promise<PageText[]> {
  const deadline = Date.now() + opts.limits.timeoutMs;
  const doc = await openPdf(bytes);
  try {
    if (doc.numPages > opts.limits.maxPages) throw new ReadFailure('too-many-pages', `the PDF has ${doc.numPages} pages, over the limit of ${opts.limits.maxPages}`);
    const pages: PageText[] = [];
    // Ruling lines cost as much again as the text (the page's whole operator list: measured +100 % on the
    // Shanghai PDFs, whose WPS and Word layouts read exactly without them), so they are read only from
    // printers that set cells close together inside drawn borders (Chromium's Skia, LibreOffice), only when
    // the first page that looks like a table draws them (a document draws its tables one way throughout),
    // and then only for pages with amounts and the page before the first (which may hold the head of a
    // table broken by the page).
    let ruled: boolean | undefined = BORDERED_PRODUCER.test(await producerOf(doc)) ? undefined : false;
    for (let n = 1; n <= doc.numPages; n++) {
      // readFile gives up at the time limit; stop working too rather than read on in the background.
      if (Date.now() > deadline) throw new ReadFailure('timeout', `reading took longer than ${opts.limits.timeoutMs} ms`);
      const page = await doc.getPage(n);
      const text = await pageText(page, n);
      if (ruled === undefined ? amountItems(text) >= MIN_AMOUNTS : ruled && amountItems(text) > 0) {
        await addRules(page, text);
        const before = pages[pages.length - 1];
        if (ruled === undefined && (ruled = (text.rules ?? []).length >= MIN_RULES) && before) {
          const p = await doc.getPage(before.page);
          await addRules(p, before);
          p.cleanup();
        }
      }
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw pdfFailure(e);
  } finally {
    await doc.destroy();
  }
}

const AMOUNT_RE = /^-?[\d,]*\d\.\d{2}$/;
const MIN_AMOUNTS = 10;
const MIN_RULES = 8;

const BORDERED_PRODUCER = /Skia\/PDF|LibreOffice|OpenOffice/i;

/** The PDF's Producer, '' when it has none. */
async function producerOf(doc: PdfDocument): Promise<string> {
  try {
    const info = (await doc.getMetadata()).info as { Producer?: unknown } | undefined;
    return typeof info?.Producer === 'string' ? info.Producer : '';
  } catch {
    return '';
  }
}

/** How many items of a page are an amount alone (up to MIN_AMOUNTS): table cells, not sentences. */
function amountItems(p: PageText): number {
  let n = 0;
  for (const it of p.items) if (AMOUNT_RE.test(it.text) && ++n >= MIN_AMOUNTS) break;
  return n;
}

/** Fill the pages without a text layer by OCR when possible; else the pages left unread (none when no page has text: an error). */
async function withScans(bytes: Uint8Array, pages: PageText[], opts: ReadOptions): Promise<{ pages: PageText[]; ocr: number[]; unread: number[] }> {
  const empty = pages.filter((p) => p.items.length === 0).map((p) => p.page);
  if (empty.length === 0) return { pages, ocr: [], unread: [] };
  if (opts.ocr !== false && ocrAvailable()) {
    const read = await ocrPages(bytes, empty, { timeoutMs: opts.limits.timeoutMs });
    const byPage = new Map(read.filter((p) => p.items.length > 0).map((p) => [p.page, p]));
    if (byPage.size === 0 && empty.length === pages.length) throw new ReadFailure('no-text', 'the PDF has no text layer (a scan) and OCR found no text in it');
    return { pages: pages.map((p) => byPage.get(p.page) ?? p), ocr: empty.filter((n) => byPage.has(n)), unread: empty.filter((n) => !byPage.has(n)) };
  }
  if (empty.length === pages.length) {
    if (opts.ocr === false) throw new ReadFailure('no-text', 'the PDF has no text layer (a scan) and OCR was turned off');
    // The OCR entry point's refusal says what to install.
    await ocrPages(bytes, empty, { timeoutMs: opts.limits.timeoutMs });
    throw new ReadFailure('missing-tool', 'the PDF has no text layer (a scan) and OCR is not available');
  }
  return { pages, ocr: [], unread: empty };
}

/** A warning per page left unread, at the page's first line. */
function unreadPages(unread: readonly number[], rendered: Rendered, file: string, ocr: boolean): Diagnostic[] {
  return unread.map((page): Diagnostic => {
    const line = rendered.lines.findIndex((l) => l.page === page) + 1;
    const why = ocr ? 'OCR found no text on it' : 'OCR is not available (install tesseract-ocr and tesseract-ocr-chi-sim)';
    return { code: 'pdf-page-without-text', severity: 'warning', message: `page ${page} has no text layer (a scan) and was not read: ${why}`, pos: { file, line: Math.max(1, line), page } };
  });
}

/** PDF files, by their `%PDF` signature: the text layer through pdf.js, scanned pages through OCR. */
export const pdfReader: FormatReader = {
  id: 'pdf',
  extensions: ['.pdf'],
  claims: (bytes) => isPdf(bytes),
  async read(bytes: Uint8Array, file: string, opts: ReadOptions): Promise<Extracted> {
    const scanned = await withScans(bytes, await readPageTexts(bytes, opts), opts);
    const rendered = renderPages(scanned.pages);
    const source = readLayoutText(rendered.text, file);
    ruledRows(source, rendered);
    attachBoxes(source, rendered);
    const out: Extracted = { source, container: 'pdf', pageCount: scanned.pages.length };
    if (scanned.ocr.length > 0) out.ocrPages = scanned.ocr;
    if (scanned.unread.length > 0) out.diagnostics = unreadPages(scanned.unread, rendered, file, opts.ocr !== false && ocrAvailable());
    return out;
  },
};
