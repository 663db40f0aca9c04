import type { Document, Finding } from '../model/index.js';

/** Formats of `gongkai export`. */
export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** One document to export: where it came from, its model and its findings. */
export interface ExportItem {
  file: string;
  doc: Document;
  findings: readonly Finding[];
}

/** The documents as one file in the format asked for. */
export async function exportDocuments(items: readonly ExportItem[], format: ExportFormat): Promise<Uint8Array> {
  if (format === 'json') return new TextEncoder().encode(`${JSON.stringify(items, null, 2)}\n`);
  throw new Error(`export as ${format} is not written yet`);
}
