import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { type HtmlOptions, publishHtml } from './html.js';
import type { PublishNode } from './tree.js';

// Page numbers in the footer, in ASCII so that the footer needs no CJK font of its own.
const FOOTER = '<div style="width:100%;text-align:center;font-size:9px;font-family:\'WenQuanYi Micro Hei\',sans-serif">- <span class="pageNumber"></span> -</div>';

/** Print HTML to PDF with headless Chromium: CSS page sizes (A4, landscape pages), backgrounds, page numbers in the footer. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const t0 = performance.now();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER });
    if (process.env['GONGKAI_TIMING']) process.stderr.write(`print ${Math.round(performance.now() - t0)} ms\n`);
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** The text of each page of a PDF (`pdftotext -layout`, pages split at form feeds). */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 256 << 20 });
  return text.split('\f');
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/**
 * The page of each TOC entry in a printed PDF. The TOC itself lists every entry in order, so the entries are found
 * once in order (on the TOC pages) and then again, in order, from there on: the second finding is the body's.
 */
export function tocPages(tree: readonly PublishNode[], pages: readonly string[]): Map<string, number> {
  const toc = tree.find((n) => n.type === 'toc');
  const out = new Map<string, number>();
  if (toc?.type !== 'toc') return out;
  const flat = pages.map(squeeze);
  let at = 1; // the cover is page 1
  const seek = (text: string): number => {
    const s = squeeze(text);
    for (let p = at; p < flat.length; p += 1) if (flat[p]?.includes(s)) return p;
    return -1;
  };
  for (const e of toc.entries) {
    const p = seek(e.text);
    if (p >= 0) at = p;
  }
  // The TOC ends with a page break: the body starts on the next page.
  at += 1;
  for (const e of toc.entries) {
    const p = seek(e.text);
    if (p < 0) continue;
    out.set(e.target, p + 1);
    at = p;
  }
  return out;
}

/** What a two-pass print gives: the final HTML (TOC with page numbers), its PDF, and the page of each TOC entry. */
export interface Printed {
  html: string;
  pdf: Uint8Array;
  pages: Map<string, number>;
}

const same = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/**
 * Print a tree twice: the first print (empty page slots of the same width in the TOC) tells the page of each entry, the
 * second prints them. The slots keep their width whatever number they hold, so the second print breaks its pages where
 * the first did; `verify` reads the second print back and prints again (at most twice) if an entry moved. A browser is
 * launched (and closed) when none is given.
 */
export async function printTree(tree: readonly PublishNode[], opts: Omit<HtmlOptions, 'pages'> & { browser?: Browser; verify?: boolean } = {}): Promise<Printed> {
  const t0 = performance.now();
  const browser = opts.browser ?? (await launchChromium());
  if (process.env['GONGKAI_TIMING']) process.stderr.write(`launch ${Math.round(performance.now() - t0)} ms\n`);
  try {
    let pages = tocPages(tree, pdfPageTexts(await printPdf(browser, publishHtml(tree, opts))));
    let html = publishHtml(tree, { ...opts, pages });
    let pdf = await printPdf(browser, html);
    for (let pass = 0; opts.verify && pass < 2; pass += 1) {
      const found = tocPages(tree, pdfPageTexts(pdf));
      if (same(found, pages)) break;
      pages = found;
      html = publishHtml(tree, { ...opts, pages });
      pdf = await printPdf(browser, html);
    }
    return { html, pdf, pages };
  } finally {
    if (!opts.browser) await browser.close();
  }
}
