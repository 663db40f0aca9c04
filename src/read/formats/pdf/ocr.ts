import { ReadFailure } from '../types.js';
import type { PageText } from './page-text.js';

/** Whether OCR can run here (Debian `tesseract-ocr` with `tesseract-ocr-chi-sim`, and `pdftoppm`). */
export function ocrAvailable(): boolean {
  return false;
}

/** Read pages without a text layer by OCR: positioned words in PDF points, marked `ocr`. */
export function ocrPages(_pdf: Uint8Array, _pages: readonly number[], _opts: { timeoutMs: number }): Promise<PageText[]> {
  return Promise.reject(new ReadFailure('missing-tool', 'this PDF has pages without a text layer (a scan): install tesseract-ocr and tesseract-ocr-chi-sim (apt-get install tesseract-ocr tesseract-ocr-chi-sim) to read them by OCR'));
}
