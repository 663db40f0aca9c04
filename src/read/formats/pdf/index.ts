import { type Extracted, type FormatReader, ReadFailure } from '../types.js';

/** PDF files, by their `%PDF` signature. Until the text layer is read, a PDF is refused with what to do instead. */
export const pdfReader: FormatReader = {
  id: 'pdf',
  extensions: [],
  claims: (bytes) => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46,
  read(): Promise<Extracted> {
    throw new ReadFailure('unsupported', 'this is a PDF; extract its text first (pdftotext -layout FILE) — direct PDF reading is not supported yet');
  },
};
