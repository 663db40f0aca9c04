// Makes web-page, workbook and Word versions of a tab-separated corpus text, the way a publisher would lay the same
// disclosure out in each container: tab-separated lines become table rows, other lines paragraphs.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A text cut into blocks: a run of tab-separated lines (a table) or one other line (a paragraph); blank lines dropped. */
export type Block = { table: string[][] } | { paragraph: string };

/** The blocks of a tab-separated text: consecutive tab-separated lines form one table; a blank line ends it. */
export function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let table: string[][] | undefined;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.includes('\t')) {
      if (!table) out.push({ table: (table = []) });
      table.push(line.split('\t'));
      continue;
    }
    table = undefined;
    if (line.trim()) out.push({ paragraph: line });
  }
  return out;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A web page of the text: `<p>` per paragraph, `<table>` per run of tab lines; `charset` goes in a `<meta>`. */
export function textToHtml(text: string, charset = 'utf-8'): string {
  const body = blocksOf(text)
    .map((b) =>
      'paragraph' in b
        ? `<p>${esc(b.paragraph)}</p>`
        : `<table border="1">\n${b.table.map((r) => `  <tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="${charset}"><title>公开</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** How a spreadsheet would hold a printed figure: the number and the format that prints it back the same way. */
export function figureOf(text: string): { value: number; numFmt: string } | undefined {
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|0|[1-9]\d{0,14})(?:\.(\d{1,6}))?(%?)$/.exec(text.trim());
  if (!m) return undefined;
  const [, sign = '', int = '', frac = '', percent] = m;
  const digits = `${sign}${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`;
  const decimals = frac ? `.${'0'.repeat(frac.length)}` : '';
  const numFmt = `${int.includes(',') ? '#,##0' : '0'}${decimals}${percent ? '%' : ''}`;
  if (!percent) return { value: Number(digits), numFmt };
  // 85.91% is stored as 0.8591: the point moved in the digits, not by a division.
  const neg = digits.startsWith('-');
  const [i = '0', f = ''] = digits.replace('-', '').split('.');
  const whole = i.padStart(3, '0');
  return { value: Number(`${neg ? '-' : ''}${whole.slice(0, -2)}.${whole.slice(-2)}${f}`), numFmt };
}

/** A workbook of the text: one row per line (figures as formatted numbers), split into sheets at blank lines. */
export async function textToXlsx(text: string, rowsPerSheet = 400): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  let ws = wb.addWorksheet('第1部分');
  let r = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!line.trim() && r >= rowsPerSheet) {
      ws = wb.addWorksheet(`第${wb.worksheets.length + 1}部分`);
      r = 0;
      continue;
    }
    r++;
    line.split('\t').forEach((c, i) => {
      const t = c.trim();
      if (!t) return;
      const cell = ws.getCell(r, i + 1);
      const fig = figureOf(t);
      if (fig) {
        cell.value = fig.value;
        cell.numFmt = fig.numFmt;
      } else cell.value = t;
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A Word file of the text: one paragraph per line, one table per run of tab lines. */
export async function textToDocx(text: string): Promise<Uint8Array> {
  const children = blocksOf(text).map((b) =>
    'paragraph' in b
      ? new Paragraph({ children: [new TextRun(b.paragraph)] })
      : new Table({ rows: b.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) })) }),
  );
  // Word wants a paragraph between two tables, or they run together.
  const spaced = children.flatMap((c, i) => (c instanceof Table && children[i + 1] instanceof Table ? [c, new Paragraph('')] : [c]));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: spaced }] })));
}

/** Every two-byte GBK sequence and the character it stands for, reversed: Node encodes no GBK, so the test builds it. */
let gbkMap: Map<string, [number, number]> | undefined;

/** Encode text as GB18030 (two-byte GBK characters and ASCII are all a disclosure needs). */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbkMap) {
    gbkMap = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkMap.has(ch)) gbkMap.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else {
      const pair = gbkMap.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch} (U+${c.toString(16)})`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

/** Encode text as UTF-16LE, with or without a byte-order mark. */
export function encodeUtf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}
