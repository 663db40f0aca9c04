export { readDocument, readText } from './document.js';
export type { ReadResult, ReadError } from './document.js';
export { detectFormat } from './detect.js';
