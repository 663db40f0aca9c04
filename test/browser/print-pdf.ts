// PDFs printed by headless Chromium from corpus text documents: tab-separated lines become table rows (one
// cell per tab field, consecutive tab lines one table), other lines paragraphs. The issue's point 2: what
// the PDF reader reads back from such a print must be what the text reader reads from the text.
import type { Browser } from 'playwright-core';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const AMOUNT = /^-?[\d,]+(?:\.\d+)?%?$/;

// A table printed from a spreadsheet: labels and names left, amounts right (header labels centred over wide
// columns are read less well, by the PDF reader and by pdftotext alike: see the test). Merged header cells
// come out of extraction as a label followed by empty cells; above the last header row, a label spans the
// empty cells after it again (项目 over 科目编码 and 科目名称, 本年收入 over its six sources).
function tableHtml(rows: readonly string[][]): string {
  const firstData = rows.findIndex((r) => r.some((c) => /\d\.\d\d$/.test(c)));
  const headerEnd = firstData < 0 ? 0 : firstData;
  const out = rows.map((cells, i) => {
    const header = i < headerEnd;
    const spanning = header && i < headerEnd - 1;
    const tds: string[] = [];
    for (let k = 0; k < cells.length; k++) {
      const text = cells[k] ?? '';
      let span = 1;
      if (spanning && text !== '') while (k + span < cells.length && cells[k + span] === '') span++;
      const align = !header && AMOUNT.test(text) && !/^\d{3,7}$/.test(text) ? 'right' : 'left';
      tds.push(`<td${span > 1 ? ` colspan="${span}"` : ''} style="text-align:${align}">${escape(text)}</td>`);
      k += span - 1;
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table>${out.join('')}</table>`;
}

/** An HTML page of a tab-separated text: runs of tab lines as bordered tables, other lines as paragraphs. */
export function htmlOfText(text: string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0) out.push(tableHtml(rows));
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) {
      rows.push(line.split('\t').map((c) => c.trim()));
      continue;
    }
    // Blank lines between rows are where the source's pages broke a table: it goes on as the same table,
    // with the same columns, as a published table continued on the next page does.
    if (line.trim() === '' && rows.length > 0) continue;
    flush();
    if (line.trim() !== '') out.push(`<p>${escape(line.trim())}</p>`);
  }
  flush();
  // Cells do not wrap, so every table row stays one printed line; small type keeps wide tables on the page.
  const style = `body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:7pt;margin:0}
table{border-collapse:collapse;margin:4pt 0}td{border:0.5pt solid #000;padding:1pt 4pt;white-space:nowrap}p{margin:2pt 0}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${out.join('\n')}</body></html>`;
}

/** Print HTML to an A4 landscape PDF in a fresh page of the browser. */
export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', landscape: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } }));
  } finally {
    await page.close();
  }
}
