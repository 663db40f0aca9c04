import type { Document, Finding } from '../model/index.js';

/** Formats of `gongkai export`. */
export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** One document to export: where it came from, its model and its findings. */
export interface ExportItem {
  file: string;
  doc: Document;
  findings: readonly Finding[];
}
