import { type UnzipFileInfo, unzipSync } from 'fflate';
import { ReadFailure } from './types.js';

/** Whether the bytes start with a ZIP local file header (`PK\x03\x04`): XLSX and DOCX are ZIP packages. */
export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** Whether the bytes start with the OLE compound-file signature of the old binary Office files (.xls, .doc). */
export function isOle(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
}

/** The entries of a ZIP archive with their declared sizes, read from its directory without inflating anything; undefined when it is no readable ZIP. */
export function zipEntries(bytes: Uint8Array): UnzipFileInfo[] | undefined {
  const seen: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        seen.push(f);
        return false;
      },
    });
    return seen;
  } catch {
    return undefined;
  }
}

/** Refuse a package whose parts would inflate past 20 × the size limit (a zip bomb) before inflating them. */
export function guardInflatedSize(entries: readonly UnzipFileInfo[], maxBytes: number): void {
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  if (total > 20 * maxBytes) throw new ReadFailure('too-large', `the package inflates to ${total} bytes, over 20 × the limit of ${maxBytes}`);
}

/**
 * Inflate the parts of a package that `want` names, within the zip-bomb bound. A damaged archive is a `corrupt`
 * failure naming what it should have been.
 */
export function unzipParts(bytes: Uint8Array, want: (name: string) => boolean, maxBytes: number, kind: string): Record<string, Uint8Array> {
  const entries = zipEntries(bytes);
  if (!entries) throw new ReadFailure('corrupt', `the file is a damaged ZIP archive: it cannot be opened as ${kind}`);
  guardInflatedSize(entries.filter((e) => want(e.name)), maxBytes);
  try {
    const parts = unzipSync(bytes, { filter: (f) => want(f.name) });
    const total = Object.values(parts).reduce((s, p) => s + p.length, 0);
    // Sizes in the directory can lie; what was inflated is the figure that counts.
    if (total > 20 * maxBytes) throw new ReadFailure('too-large', `the package inflates to ${total} bytes, over 20 × the limit of ${maxBytes}`);
    return parts;
  } catch (e) {
    if (e instanceof ReadFailure) throw e;
    throw new ReadFailure('corrupt', `the file is a damaged ZIP archive (${e instanceof Error ? e.message : String(e)}): it cannot be opened as ${kind}`);
  }
}
