// Loading pdf.js (the legacy build, which runs on Node 20) and opening a document with the options that make
// Chinese text come out: without the CMaps, text in CID fonts with predefined encodings silently vanishes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ReadFailure } from '../types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** An open pdf.js document. */
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
/** One page of an open pdf.js document. */
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loading: Promise<PdfJs> | undefined;

// The legacy build ships core-js polyfills that *replace* Array.prototype.push, JSON.parse and JSON.stringify
// with slower JavaScript versions for the whole process (measured: push 3× slower), which would slow every
// reader and the store. pdf.js runs on the native ones, so they are put back; the polyfills it only adds
// (Promise.withResolvers, Uint8Array.fromBase64 …) stay, because Node 20 lacks them.
/** pdf.js, imported on the first PDF (text-only runs never load it). */
export function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const { parse, stringify } = JSON;
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      Array.prototype.push = push;
      JSON.parse = parse;
      JSON.stringify = stringify;
    }
  })();
  return loading;
}

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js wants directory "URLs" with a trailing slash; in Node they are file paths read with fs.
const CMAPS = join(root, 'cmaps') + '/';
const FONTS = join(root, 'standard_fonts') + '/';

/** Open a PDF; pdf.js's own errors become ReadFailures (encrypted, corrupt). The caller must `destroy()` it. */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await pdfjs();
  // pdf.js takes ownership of (and may detach) the buffer it is given, so it gets a copy, as a plain
  // Uint8Array (it refuses Node Buffers).
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    task = lib.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAPS,
      cMapPacked: true,
      standardFontDataUrl: FONTS,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    return await task.promise;
  } catch (e) {
    await task?.destroy().catch(() => undefined);
    throw pdfFailure(e);
  }
}

/** The ReadFailure for an error pdf.js threw while opening or reading a document. */
export function pdfFailure(e: unknown): ReadFailure {
  if (e instanceof ReadFailure) return e;
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return new ReadFailure('encrypted', 'the PDF is encrypted with a password; save an unprotected copy (or export its text) and read that');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || /Invalid PDF|startxref|XRef|trailer/i.test(message))
    return new ReadFailure('corrupt', `the PDF is damaged or truncated and cannot be read (${message})`);
  return new ReadFailure('corrupt', `the PDF cannot be read: ${message}`);
}
