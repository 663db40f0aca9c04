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

const DIGITS = '〇一二三四五六七八九';

/** A number in Chinese counting (1 一, 10 十, 12 十二, 20 二十, 105 一百零五), as Word prints 一、 headings. */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i] ?? '';
    if (d === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && u === '十' && out === '' ? '' : DIGITS[d]) + u;
    }
  });
  return out;
}

/** One list level: how its number is written and where it starts. */
interface Level {
  fmt: string;
  text: string;
  start: number;
}

function formatCounter(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'japaneseCounting':
      return fmt === 'ideographTraditional' ? ('甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n)) : chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const ch = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return fmt === 'upperLetter' ? ch.toUpperCase() : ch;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const r = roman(n);
      return fmt === 'upperRoman' ? r : r.toLowerCase();
    }
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  const t: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let v = n;
  for (const [k, s] of t) for (; v >= k; v -= k) out += s;
  return out;
}

/**
 * Word's automatic list numbers (`一、`, `（一）`, `1.`): not in the text runs, so they are made here from
 * `word/numbering.xml` (and `styles.xml` for numbered heading styles) — each list (numId) counts per level, a level
 * restarting below a higher one.
 */
class Numbering {
  private readonly lists = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();
  /** Paragraph styles that number their paragraphs (headings), with their base styles followed. */
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();

  constructor(xml: Uint8Array | undefined, stylesXml: Uint8Array | undefined) {
    if (stylesXml) this.readStyles(stylesXml);
    if (!xml) return;
    const root = kids(parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true }) as unknown as Node).find((c): c is Tag => isTag(c) && c.name === 'w:numbering');
    if (!root) return;
    const abstract = new Map<string, Level[]>();
    for (const a of kids(root)) {
      if (!isTag(a) || a.name !== 'w:abstractNum') continue;
      const levels: Level[] = [];
      for (const l of kids(a)) {
        if (!isTag(l) || l.name !== 'w:lvl') continue;
        const val = (name: string): string | undefined => child(l, name)?.attribs['w:val'];
        levels[Number(l.attribs['w:ilvl'] ?? 0)] = { fmt: val('w:numFmt') ?? 'decimal', text: val('w:lvlText') ?? '', start: Number(val('w:start') ?? 1) };
      }
      abstract.set(a.attribs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of kids(root)) {
      if (!isTag(n) || n.name !== 'w:num') continue;
      const levels = abstract.get(child(n, 'w:abstractNumId')?.attribs['w:val'] ?? '');
      if (levels) this.lists.set(n.attribs['w:numId'] ?? '', levels);
    }
  }

  private readStyles(xml: Uint8Array): void {
    const root = kids(parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true }) as unknown as Node).find((c): c is Tag => isTag(c) && c.name === 'w:styles');
    for (const st of root ? kids(root) : []) {
      if (!isTag(st) || st.name !== 'w:style' || st.attribs['w:type'] !== 'paragraph') continue;
      const numPr = child(child(st, 'w:pPr') ?? st, 'w:numPr');
      const numId = numPr && child(numPr, 'w:numId')?.attribs['w:val'];
      const ilvl = numPr && child(numPr, 'w:ilvl')?.attribs['w:val'];
      const basedOn = child(st, 'w:basedOn')?.attribs['w:val'];
      this.styles.set(st.attribs['w:styleId'] ?? '', { ...(numId ? { numId } : {}), ...(ilvl ? { ilvl: Number(ilvl) } : {}), ...(basedOn ? { basedOn } : {}) });
    }
  }

  // The list a style puts its paragraphs in, through at most a few base styles.
  private styleList(styleId: string | undefined): { numId?: string; ilvl?: number } {
    for (let id = styleId, depth = 0; id && depth < 10; depth++) {
      const st = this.styles.get(id);
      if (!st) break;
      if (st.numId) return st;
      id = st.basedOn;
    }
    return {};
  }

  /** The number a paragraph shows, counting it; empty when the paragraph is not in a list. */
  label(p: Tag): string {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr && child(pPr, 'w:numPr');
    const style = this.styleList(pPr && child(pPr, 'w:pStyle')?.attribs['w:val']);
    const id = (numPr && child(numPr, 'w:numId')?.attribs['w:val']) ?? style.numId;
    if (!id || id === '0') return '';
    const ilvl = Number((numPr && child(numPr, 'w:ilvl')?.attribs['w:val']) ?? style.ilvl ?? 0);
    const levels = this.lists.get(id);
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    const counts = this.counters.get(id) ?? [];
    counts[ilvl] = (counts[ilvl] ?? levels[ilvl]!.start - 1) + 1;
    counts.length = ilvl + 1;
    this.counters.set(id, counts);
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatCounter(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.fmt ?? 'decimal');
    });
  }
}

/** Walks the body: paragraphs (split at line breaks) become lines, each table row a line of cells. */
class BodyWalker {
  private paragraphs = 0;
  private tables = 0;
  constructor(
    private readonly out: LineBuilder,
    private readonly numbering: Numbering,
  ) {}

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
    const body = paragraphText(p);
    const text = body.trim() ? this.numbering.label(p) + body : body;
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
    const parts = unzipParts(bytes, (name) => name === 'word/document.xml' || name === 'word/numbering.xml' || name === 'word/styles.xml', opts.limits.maxBytes, kind);
    const xml = parts['word/document.xml'];
    if (!xml) throw new ReadFailure('unsupported', 'this ZIP archive is neither a Word (.docx) nor an Excel (.xlsx) file');
    const dom = parseDocument(new TextDecoder('utf-8').decode(xml), { xmlMode: true });
    const docEl = kids(dom as unknown as Node).find((c): c is Tag => isTag(c) && c.name === 'w:document');
    const body = docEl && child(docEl, 'w:body');
    if (!body) throw new ReadFailure('corrupt', 'the Word document has no body (word/document.xml is damaged)');
    const out = new LineBuilder(file);
    new BodyWalker(out, new Numbering(parts['word/numbering.xml'], parts['word/styles.xml'])).walk(body);
    return Promise.resolve(out.done('docx', {}, 'the Word document holds no text'));
  },
};
