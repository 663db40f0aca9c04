export { readDocument, readFile, readText } from './document.js';
export type { ReadResult, ReadError } from './document.js';
export { detectFormat } from './detect.js';
export { FORMAT_READERS } from './formats/registry.js';
export { DEFAULT_LIMITS, ReadFailure } from './formats/types.js';
export type { Container, Extracted, FormatReader, ReadLimits, ReadOptions } from './formats/types.js';
