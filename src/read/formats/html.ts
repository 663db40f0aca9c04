import { parseDocument } from 'htmlparser2';
import { expandSpans, joinPieces, LineBuilder, type SpanCell } from './grid.js';
import { type Extracted, type FormatReader, ReadFailure } from './types.js';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Tag = Extract<Node, { attribs: Record<string, string> }>;

const MARKERS = ['<!doctype html', '<html', '<table', '<head', '<body'];

/** Whether the bytes are a web page: `<html`, `<table` or a doctype near the start (after any BOM), any case. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, 2050));
  else head = new TextDecoder('latin1').decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0, 1024));
  const t = head.trimStart().toLowerCase();
  return t.startsWith('<') && MARKERS.some((m) => t.includes(m));
}

/** Decode a page: a BOM decides, then `<meta charset>` (GB2312/GBK read as GB18030, their superset); default UTF-8. */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) {
    // No declaration: UTF-8 when the bytes are UTF-8, else the national standard older Chinese sites use.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    }
  }
  let label = (m[1] ?? 'utf-8').toLowerCase();
  if (/^(gb2312|gbk|x-gbk|gb_2312-80|cp936|windows-936|gb18030)$/.test(label)) label = 'gb18030';
  let decoder = new TextDecoder('utf-8');
  try {
    decoder = new TextDecoder(label);
  } catch {
    // an unknown label: the page is read as UTF-8, as a browser would
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

// Page chrome: never part of the disclosure.
const SKIP = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'noscript', 'template', 'head', 'title', 'iframe', 'svg', 'button', 'select', 'object']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main', 'body', 'html', 'blockquote', 'center', 'address', 'figure', 'figcaption', 'hr', 'caption', 'tr', 'td', 'th']);

function isTag(n: Node): n is Tag {
  return 'attribs' in n;
}

/** Classes a page's own style sheets hide (`.hide { display: none }`): simple class selectors only. */
function hiddenClasses(root: Node): Set<string> {
  const css: string[] = [];
  const walk = (n: Node): void => {
    for (const c of kids(n)) {
      if (isTag(c) && c.name === 'style') css.push(kids(c).map((t) => (t.type === 'text' ? t.data : '')).join(''));
      else walk(c);
    }
  };
  walk(root);
  const out = new Set<string>();
  for (const m of css.join('\n').matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!/display\s*:\s*none|visibility\s*:\s*hidden/i.test(m[2] ?? '')) continue;
    for (const sel of (m[1] ?? '').split(',')) {
      const cls = /^\s*[a-z]*\.([\w-]+)\s*$/i.exec(sel)?.[1];
      if (cls) out.add(cls);
    }
  }
  return out;
}

// An article's own header and footer (its title, its date) are content; the page's are chrome.
const CONTENT = new Set(['article', 'main', 'section']);

function isChrome(t: Tag, hidden: ReadonlySet<string>, inContent: boolean): boolean {
  if (SKIP.has(t.name)) return !(inContent && (t.name === 'header' || t.name === 'footer'));
  const a = t.attribs;
  if ((a['role'] ?? '').toLowerCase() === 'navigation') return true;
  if ('hidden' in a || (a['aria-hidden'] ?? '') === 'true') return true;
  if (hidden.size > 0 && (a['class'] ?? '').split(/\s+/).some((c) => hidden.has(c))) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a['style'] ?? '');
}

/** Cut page chrome and hidden elements out of the tree, so the walkers below see content only. */
function prune(n: Node, hidden: ReadonlySet<string>, inContent = false): void {
  if (!('children' in n)) return;
  const keep = (n.children as Node[]).filter((c) => !(isTag(c) && isChrome(c, hidden, inContent)));
  (n.children as Node[]).splice(0, n.children.length, ...keep);
  for (const c of keep) prune(c, hidden, inContent || (isTag(c) && CONTENT.has(c.name)));
}

function kids(n: Node): Node[] {
  return 'children' in n ? (n.children as Node[]) : [];
}

/** The text pieces of a cell: inner paragraphs, divs and `<br>` split it; nested tables give their text. */
function pieces(n: Node, out: string[]): void {
  for (const c of kids(n)) {
    if (c.type === 'text') {
      out[out.length - 1] = (out[out.length - 1] ?? '') + c.data;
    } else if (isTag(c)) {
      if (c.name === 'br') {
        out.push('');
        continue;
      }
      const block = BLOCK.has(c.name) || c.name === 'table';
      if (block) out.push('');
      pieces(c, out);
      if (block) out.push('');
    }
  }
}

function cellText(n: Node): string {
  const out = [''];
  pieces(n, out);
  return joinPieces(out);
}

/** The rows of a table (through thead/tbody/tfoot, not into nested tables). */
function tableRows(t: Tag): Tag[] {
  const rows: Tag[] = [];
  const walk = (n: Node): void => {
    for (const c of kids(n)) {
      if (!isTag(c) || c.name === 'table') continue;
      if (c.name === 'tr') rows.push(c);
      else walk(c);
    }
  };
  walk(t);
  return rows;
}

function span(v: string | undefined): number {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** Walks the body: text blocks become one line each, each table row one line of cells. */
class PageWalker {
  private buf: string[] = [''];
  private paragraphs = 0;
  private tables = 0;
  /** `fragment`: a bare `<table>…` file with text around it (as OCR tools write), whose own line breaks are lines. */
  constructor(
    private readonly out: LineBuilder,
    private readonly fragment = false,
  ) {}

  private flush(): void {
    const text = joinPieces(this.buf);
    this.buf = [''];
    if (!text) return;
    this.paragraphs++;
    this.out.text(text, `paragraph ${this.paragraphs}`);
  }

  walk(n: Node): void {
    for (const c of kids(n)) {
      if (c.type === 'text') {
        const parts = this.fragment ? c.data.split(/\r\n|\n|\r/) : [c.data];
        parts.forEach((p, i) => {
          if (i > 0) this.flush();
          this.buf[this.buf.length - 1] += p;
        });
      } else if (isTag(c)) {
          if (c.name === 'br') this.flush();
        else if (c.name === 'table') this.table(c);
        else if (c.name === 'pre') this.pre(c);
        else if (BLOCK.has(c.name)) {
          this.flush();
          this.walk(c);
          this.flush();
        } else this.walk(c);
      }
    }
  }

  private pre(t: Tag): void {
    this.flush();
    const text = kids(t).map((c) => (c.type === 'text' ? c.data : isTag(c) ? cellText(c) : '')).join('');
    for (const line of text.split(/\r\n|\n|\r/)) {
      if (!line.trim()) continue;
      this.paragraphs++;
      if (line.includes('\t')) this.out.row(line.split('\t'), `paragraph ${this.paragraphs}`);
      else this.out.text(line, `paragraph ${this.paragraphs}`);
    }
  }

  private table(t: Tag): void {
    this.flush();
    const n = ++this.tables;
    const caption = kids(t).find((c): c is Tag => isTag(c) && c.name === 'caption');
    if (caption) this.out.text(cellText(caption), `table ${n} caption`);
    const rows: SpanCell[][] = tableRows(t).map((tr) =>
      kids(tr)
        .filter((c): c is Tag => isTag(c) && (c.name === 'td' || c.name === 'th'))
        .map((td) => ({ text: cellText(td), colspan: span(td.attribs['colspan']), rowspan: span(td.attribs['rowspan']) })),
    );
    expandSpans(rows).forEach((cells, r) => {
      if (cells.length === 0) return;
      this.out.row(cells, `table ${n} row ${r + 1}`, (i) => `table ${n} row ${r + 1} col ${i + 1}`);
    });
    this.out.blank();
  }

  end(): void {
    this.flush();
  }
}

/** Web pages (.html/.htm): paragraphs and headings as lines, table rows as lines of cells, page chrome left out. */
export const htmlReader: FormatReader = {
  id: 'html',
  extensions: ['.html', '.htm'],
  claims: (bytes) => looksLikeHtml(bytes),
  read(bytes: Uint8Array, file: string): Promise<Extracted> {
    if (bytes.length === 0) throw new ReadFailure('empty', 'the file is empty');
    const { text, encoding } = decodeHtml(bytes);
    const dom = parseDocument(text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    const out = new LineBuilder(file);
    const root = dom as unknown as Node;
    prune(root, hiddenClasses(root));
    const fragment = !/<(!doctype\s+html|html|body)\b/i.test(text.slice(0, 4096));
    const walker = new PageWalker(out, fragment);
    walker.walk(root);
    walker.end();
    return Promise.resolve(out.done('html', { encoding }));
  },
};
