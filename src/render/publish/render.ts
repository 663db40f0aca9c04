import type { Browser } from 'playwright-core';
import type { Document } from '../../model/index.js';
import { publishCharts } from './charts.js';
import { publishDocx } from './docx.js';
import { publishHtml } from './html.js';
import { printTree } from './pdf.js';
import { type PublishNode, publishTree } from './tree.js';
import { publishXlsx } from './xlsx.js';

/** The formats a disclosure is published in. */
export const PUBLISH_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
/** A publishing format. */
export type PublishFormat = (typeof PUBLISH_FORMATS)[number];

const TYPES: Record<PublishFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A rendered disclosure. */
export interface Rendered {
  bytes: Uint8Array;
  contentType: string;
  extension: PublishFormat;
  tree: PublishNode[];
  /** Whether the contents carry page numbers (HTML printed through Chromium, or PDF). */
  numbered: boolean;
}

/** Options of one rendering. */
export interface RenderOptions {
  /** Leave out the performance forms. */
  noForms?: boolean;
  /** A browser for HTML/PDF (else HTML goes without page numbers and PDF needs `launch`). */
  browser?: Browser;
}

/** Render a whole disclosure in one format: the tree of `publishTree`, its charts, then the format's writer. */
export async function renderDisclosure(doc: Document, format: PublishFormat, opts: RenderOptions = {}): Promise<Rendered> {
  const tree = publishTree(doc, { noForms: opts.noForms ?? false });
  const chart = publishCharts(doc);
  const done = (bytes: Uint8Array | string, numbered: boolean): Rendered => ({
    bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    contentType: TYPES[format],
    extension: format,
    tree,
    numbered,
  });
  if (format === 'docx') return done(await publishDocx(tree), false);
  if (format === 'xlsx') return done(await publishXlsx(tree), false);
  if (!opts.browser) {
    if (format === 'pdf') throw new Error('printing a PDF needs a browser');
    return done(publishHtml(tree, { chart }), false);
  }
  const printed = await printTree(tree, { browser: opts.browser, chart });
  return done(format === 'pdf' ? printed.pdf : printed.html, true);
}
