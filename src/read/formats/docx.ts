import { parseDocument } from 'htmlparser2';
import { expandSpans, joinPieces, LineBuilder, type SpanCell } from './grid.js';
import { type Extracted, type FormatReader, ReadFailure } from './types.js';
import { isZip, unzipParts } from './zip.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Tag = Extract<Node, { attribs: Record<string, string> }>;

function isTag(n: Node): n is Tag {
  return 'attribs' in n;
}

function kids(n: Node): Node[] {
  return 'children' in n ? (n.children as Node[]) : [];
}

function child(n: Node, name: string): Tag | undefined {
  return kids(n).find((c): c is Tag => isTag(c) && c.name === name);
}

// Deleted revisions, field codes and the fallback copy of alternate content are not what the page shows.
const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:sectPr', 'w:drawing', 'w:pict', 'w:object']);

/** The text of a paragraph: runs' `w:t`, `w:tab` as a tab, `w:br`/`w:cr` as a line break. */
function paragraphText(p: Node): string {
  let s = '';
  for (const c of kids(p)) {
    if (c.type === 'text') continue;
    if (!isTag(c) || SKIP.has(c.name)) continue;
    if (c.name === 'w:t') s += kids(c).map((t) => (t.type === 'text' ? t.data : '')).join('');
    else if (c.name === 'w:tab' || c.name === 'w:ptab') s += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') s += '\n';
    else if (c.name === 'w:noBreakHyphen') s += '-';
    else s += paragraphText(c);
  }
  return s;
}

/** The text of a table cell: its paragraphs (and any nested table's) joined as one cell. */
function cellText(tc: Node): string {
  const pieces: string[] = [];
  const walk = (n: Node): void => {
    for (const c of kids(n)) {
      if (!isTag(c) || SKIP.has(c.name)) continue;
      if (c.name === 'w:p') pieces.push(...paragraphText(c).split(/[\n\t]/));
      else walk(c);
    }
  };
  walk(tc);
  return joinPieces(pieces);
}

function intAttr(n: Tag | undefined, name = 'w:val'): number {
  const v = Number.parseInt(n?.attribs[name] ?? '', 10);
  return Number.isFinite(v) && v >= 1 ? v : 1;
}

/** Walks the body: paragraphs (split at line breaks) become lines, each table row a line of cells. */
class BodyWalker {
  private paragraphs = 0;
  private tables = 0;
  constructor(private readonly out: LineBuilder) {}

  walk(n: Node): void {
    for (const c of kids(n)) {
      if (!isTag(c) || SKIP.has(c.name)) continue;
      if (c.name === 'w:p') this.paragraph(c);
      else if (c.name === 'w:tbl') this.table(c);
      else this.walk(c); // w:sdt content controls, w:customXml, smart tags
    }
  }

  private paragraph(p: Tag): void {
    const ref = `paragraph ${++this.paragraphs}`;
    const text = paragraphText(p);
    if (!text.trim()) {
      this.out.blank();
      return;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      if (line.includes('\t')) this.out.row(line.split('\t'), ref);
      else this.out.text(line, ref);
    }
  }

  private table(t: Tag): void {
    const n = ++this.tables;
    const rows: SpanCell[][] = kids(t)
      .filter((r): r is Tag => isTag(r) && r.name === 'w:tr')
      .map((tr) => {
        const trPr = child(tr, 'w:trPr');
        const gridBefore = trPr && child(trPr, 'w:gridBefore');
        const before = gridBefore ? intAttr(gridBefore) : 0;
        const cells: SpanCell[] = before > 0 ? [{ text: '', colspan: before, rowspan: 1 }] : [];
        for (const tc of kids(tr)) {
          if (!isTag(tc) || tc.name !== 'w:tc') continue;
          const pr = child(tc, 'w:tcPr');
          const colspan = intAttr(pr && child(pr, 'w:gridSpan'));
          const vMerge = pr && child(pr, 'w:vMerge');
          // A vertically merged cell prints its text in its first row; the rows below continue it empty.
          const continued = vMerge !== undefined && (vMerge.attribs['w:val'] ?? 'continue') === 'continue';
          cells.push({ text: continued ? '' : cellText(tc), colspan, rowspan: 1 });
        }
        return cells;
      });
    expandSpans(rows).forEach((cells, r) => {
      if (cells.length === 0) return;
      this.out.row(cells, `table ${n} row ${r + 1}`, (i) => `table ${n} row ${r + 1} col ${i + 1}`);
    });
    this.out.blank();
  }
}

/** Word files (.docx): body paragraphs as lines (tabs split cells), tables as lines of cells with merged cells laid out. */
export const docxReader: FormatReader = {
  id: 'docx',
  extensions: ['.docx'],
  // Comes after the workbook reader: every other ZIP is taken here, so a damaged or foreign archive gets a clear refusal.
  claims: (bytes) => isZip(bytes),
  read(bytes: Uint8Array, file: string, opts): Promise<Extracted> {
    // A damaged archive could have been either package: the file name tells which the user meant.
    const kind = /\.xls[xm]$/i.test(file) ? 'an Excel workbook' : /\.docx$/i.test(file) ? 'a Word document' : 'a Word or Excel file';
    const parts = unzipParts(bytes, (name) => name === 'word/document.xml', opts.limits.maxBytes, kind);
    const xml = parts['word/document.xml'];
    if (!xml) throw new ReadFailure('unsupported', 'this ZIP archive is neither a Word (.docx) nor an Excel (.xlsx) file');
    const dom = parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true });
    const docEl = kids(dom as unknown as Node).find((c): c is Tag => isTag(c) && c.name === 'w:document');
    const body = docEl && child(docEl, 'w:body');
    if (!body) throw new ReadFailure('corrupt', 'the Word document has no body (word/document.xml is damaged)');
    const out = new LineBuilder(file);
    new BodyWalker(out).walk(body);
    return Promise.resolve(out.done('docx', {}, 'the Word document holds no text'));
  },
};
