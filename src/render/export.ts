import { exportCsv } from './export-csv.js';
import type { ExportFormat, ExportItem } from './export-item.js';
import { exportJson } from './export-json.js';

export type { ExportFormat, ExportItem } from './export-item.js';

/**
 * The documents as one file in the format asked for: `json` (summary, model and findings per document), `csv`
 * (every table cell in long form; findings are in the JSON and XLSX exports) or `xlsx` (one sheet per table kind,
 * plus 文档 and 发现).
 */
export async function exportDocuments(items: readonly ExportItem[], format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'json':
      return new TextEncoder().encode(exportJson(items));
    case 'csv':
      return new TextEncoder().encode(exportCsv(items));
    case 'xlsx': {
      // exceljs takes a while to load: only the XLSX export pays for it.
      const { exportXlsx } = await import('./export-xlsx.js');
      return exportXlsx(items);
    }
  }
}
