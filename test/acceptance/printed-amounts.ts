// An independent reading of the raw text, written for the acceptance tests only: it finds every amount
// printed in a table (a number with exactly two decimals) and works out from the raw lines which row
// and which column it belongs to. It shares no code with src/ on purpose.
//
// The rules (simple on purpose, decided from the seven documents of the corpus):
//
// 1. Lines are the text split on \n (\r\n), numbered from 1, offsets in UTF-16 code units of the raw line
//    (a form feed at the start of a layout line counts as one character).
// 2. A *title* is a line without tabs whose cleaned text (markdown #, <b> tags, spaces removed) is 4–60
//    characters long and ends with 表 or 表（…）, and does not start with an ordinal (一、 1. 4．), with
//    第…部分 or with 注, nor contain ..... (table of contents), and is not a table number (公开01表,
//    预算公开表1). A title ending in 绩效目标(申报)表 or 自评表 starts a *form* instead.
// 3. A table region runs from its title to the next title (table or form) or to the first line that is
//    a part heading (第…部分); in tab-separated text also to a line without tabs longer than 40 characters
//    (prose); in layout text also to a note (注：, 说明：) or a heading ending in 说明.
// 4. Inside a region, header lines are the lines after the title (tab lines in TSV; lines other than
//    编制部门/单位 lines in layout text) that come before the first line holding an amount.
// 5. Every two-decimal number on the other lines of the region is a printed amount.
//    TSV: its column is its tab index; its header path is the non-empty, non-numeric header cells at the
//    same tab index, from the lowest header line up. Layout: the header *anchors* are the header tokens
//    (runs separated by 2+ spaces) that no lower header token covers (overlap, or lower tokens on both
//    sides within 3 characters), leaving out label headers (项目, 科目编码, 类 款 项 …); on each page the
//    amounts of a line are matched, in order, to anchors by nearest centre after a shift chosen per page
//    (at most 8 characters on the header's page; up to 25 on a continuation page drawn at another offset,
//    with a small charge per character of shift); the header path is the anchor and,
//    for rows without any label, the nearest header token above it.
// 6. The row label is the nearest label left of the amount: TSV — the contiguous non-numeric cells left
//    of it (skipping empty cells and numbers); layout — the nearest text token and the code digits just
//    before it (201 13 01 → 2011301). A row with no label at all (the 三公 决算 tables) gets as group the
//    nearest non-empty cell at or left of it on the first header line (预算数/决算数) in TSV.

export type SourceKind = 'tsv' | 'layout';

/** One amount printed in a table, with what the raw lines say about its row and column. */
export interface PrintedAmount {
  /** 1-based line number. */
  line: number;
  /** Offsets [start, end) of the printed number in the raw line. */
  start: number;
  end: number;
  /** The number as printed (4,558.02). */
  text: string;
  /** Canonical decimal (4558.02). */
  value: string;
  /** Title of the region it sits in. */
  table: string;
  /** Code of its row when the line prints one (2240101, 2011301). */
  rowCode?: string;
  /** Names of its row printed on the line (one, or two for the name/name2 tables). */
  rowNames: string[];
  /** Header texts above its column, lowest first (the first is the one the column label must contain). */
  header: string[];
  /** For rows printed without any label: the group header the amount falls under (预算数 / 决算数). */
  group?: string;
  /** 1-based page in layout text. */
  page?: number;
}

/** A region of the raw text: a table or a form, from its title line to the line before its end. */
export interface RawRegion {
  kind: 'table' | 'form';
  title: string;
  /** 1-based line of the title. */
  titleLine: number;
  /** 1-based last line of the region (inclusive). */
  lastLine: number;
}

export const AMOUNT_RE = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d.])/g;
/** Whether a line holds a printed amount. */
export function hasAmount(raw: string): boolean {
  return [...raw.matchAll(AMOUNT_RE)].length > 0;
}
const ONLY_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Cleaned text of a line for title and heading tests. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/\f/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/<\/?[a-z]+[^>]*>/gi, '')
    .replace(/\*\*/g, '')
    .trim();
}

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

export function isFormTitle(raw: string): boolean {
  if (raw.includes('\t')) return false;
  const t = compact(cleanLine(raw));
  return t.length >= 6 && t.length <= 60 && /(绩效目标(申报)?表|自评表)$/.test(t);
}

export function isTableTitle(raw: string): boolean {
  if (raw.includes('\t')) return false;
  const t = compact(cleanLine(raw));
  if (t.length < 4 || t.length > 60) return false;
  if (/^(预算公开表|部门公开表|单位公开表|公开)\d{1,2}表?$/.test(t)) return false; // a table number, not a title
  if (!/表(（[^）]*）|\([^)]*\))?$/.test(t)) return false;
  if (/^([\d一二三四五六七八九十]+[、.．])/.test(t) || /^第.{1,3}部分/.test(t) || t.startsWith('注') || t.includes('....')) return false;
  return !isFormTitle(raw);
}

function endsRegion(raw: string, kind: SourceKind): boolean {
  const t = cleanLine(raw);
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return true;
  if (kind === 'tsv') return !raw.includes('\t') && t.length > 40;
  return /^(注|说明)\s*[:：]/.test(t) || (/说明$/.test(t) && !/\d/.test(t));
}

/** Table and form regions of a document's raw text. */
export function rawRegions(text: string, kind: SourceKind): RawRegion[] {
  const lines = splitLines(text);
  const out: RawRegion[] = [];
  let open: RawRegion | undefined;
  const close = (last: number): void => {
    if (open) {
      open.lastLine = last;
      out.push(open);
      open = undefined;
    }
  };
  lines.forEach((raw, i) => {
    const no = i + 1;
    if (isTableTitle(raw) || isFormTitle(raw)) {
      close(no - 1);
      open = { kind: isFormTitle(raw) ? 'form' : 'table', title: compact(cleanLine(raw)), titleLine: no, lastLine: no };
      return;
    }
    if (open && endsRegion(raw, kind)) close(no - 1);
  });
  close(lines.length);
  return out;
}

/** Canonical decimal of a printed amount. */
export function canonical(text: string): string {
  const t = text.replace(/,/g, '');
  const neg = t.startsWith('-');
  const body = t.replace(/^-/, '');
  const [int = '0', frac = ''] = body.split('.');
  return (neg ? '-' : '') + (int.replace(/^0+(?=\d)/, '') || '0') + '.' + frac;
}

// ---------------------------------------------------------------- tab-separated text

interface TsvCell {
  text: string;
  start: number;
  end: number;
}

function tsvCells(raw: string): TsvCell[] {
  const cells: TsvCell[] = [];
  let start = 0;
  for (const part of raw.split('\t')) {
    cells.push({ text: cleanLine(part), start, end: start + part.length });
    start += part.length + 1;
  }
  return cells;
}

const isNumberCell = (t: string): boolean => /^-?[\d,]+(\.\d+)?$/.test(t);
const isCodeCell = (t: string): boolean => /^\d{3,7}$/.test(t);

function tsvAmounts(lines: string[], region: RawRegion): PrintedAmount[] {
  const out: PrintedAmount[] = [];
  const body: number[] = [];
  for (let no = region.titleLine + 1; no <= region.lastLine; no++) body.push(no);
  const firstData = body.find((no) => hasAmount(lines[no - 1] ?? ''));
  if (firstData === undefined) return out;
  const headerLines = body.filter((no) => no < firstData && (lines[no - 1] ?? '').includes('\t')).map((no) => tsvCells(lines[no - 1] ?? ''));
  for (const no of body.filter((n) => n >= firstData)) {
    const raw = lines[no - 1] ?? '';
    const cells = tsvCells(raw);
    for (const m of raw.matchAll(AMOUNT_RE)) {
      const start = m.index;
      const end = start + m[0].length;
      const idx = cells.findIndex((c) => start >= c.start && end <= c.end);
      if (idx < 0) continue;
      // Row label: skip empty and numeric cells leftwards, then take the contiguous label cells.
      const names: string[] = [];
      let code: string | undefined;
      let j = idx - 1;
      while (j >= 0 && (cells[j]?.text === '' || isNumberCell(cells[j]?.text ?? ''))) j--;
      while (j >= 0 && cells[j]?.text !== '' && !ONLY_AMOUNT.test(cells[j]?.text ?? '')) {
        const t = cells[j]?.text ?? '';
        if (isCodeCell(t)) code = t;
        else if (!isNumberCell(t)) names.push(compact(t));
        j--;
      }
      // Header path: non-empty non-numeric header cells at the same tab index, lowest first.
      const header: string[] = [];
      for (let h = headerLines.length - 1; h >= 0; h--) {
        const t = headerLines[h]?.[idx]?.text ?? '';
        if (t !== '' && !isNumberCell(t) && t !== '栏次') header.push(compact(t));
      }
      const a: PrintedAmount = { line: no, start, end, text: m[0], value: canonical(m[0]), table: region.title, rowNames: names, header };
      if (code !== undefined) a.rowCode = code;
      if (code === undefined && names.length === 0) {
        const first = headerLines[0] ?? [];
        for (let g = Math.min(idx, first.length - 1); g >= 0; g--) {
          const t = first[g]?.text ?? '';
          if (t !== '') {
            a.group = compact(t);
            break;
          }
        }
      }
      out.push(a);
    }
  }
  return out;
}

// ---------------------------------------------------------------- layout text

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(raw: string): Token[] {
  return [...raw.matchAll(/[^\s\f]+(?: [^\s\f]+)*/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const LABEL_HEADER =
  /^(项目|类|款|项|编码|科目编码|科目名称|科目代码|功能分类|功能分类科目编码|功能分类科目名称|经济分类|经济分类科目名称|部门预算经济分类科目|单位名称|项目名称|收入|支出|栏次|行次)$/;
const META_LINE = /编制部门|部门名称|单位名称|单位[:：]|^\s*\d{4}\s*年度?\s*$/;

const centre = (t: { start: number; end: number }): number => (t.start + t.end) / 2;

/** Order-preserving match of amounts to anchors by nearest centre after shift s: total cost and choice. */
function alignLine(amounts: Token[], anchors: Token[], s: number): { cost: number; pick: number[] } {
  const k = amounts.length;
  const n = anchors.length;
  if (k > n) return { cost: Infinity, pick: [] };
  // dp[i][j]: best cost of matching the first i amounts within the first j anchors.
  const dp: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(n + 1).fill(false));
  for (let j = 0; j <= n; j++) (dp[0] as number[])[j] = 0;
  for (let i = 1; i <= k; i++)
    for (let j = 1; j <= n; j++) {
      const skip = (dp[i] as number[])[j - 1] as number;
      const a = amounts[i - 1] as Token;
      const b = anchors[j - 1] as Token;
      const take = ((dp[i - 1] as number[])[j - 1] as number) + Math.abs(centre(a) + s - centre(b));
      if (take <= skip) {
        (dp[i] as number[])[j] = take;
        (from[i] as boolean[])[j] = true;
      } else (dp[i] as number[])[j] = skip;
    }
  const pick: number[] = new Array<number>(k).fill(-1);
  let i = k;
  let j = n;
  while (i > 0 && j > 0) {
    if ((from[i] as boolean[])[j]) {
      pick[i - 1] = j - 1;
      i--;
      j--;
    } else j--;
  }
  return { cost: (dp[k] as number[])[n] as number, pick };
}

function layoutAmounts(lines: string[], region: RawRegion): PrintedAmount[] {
  const out: PrintedAmount[] = [];
  const pageStart: number[] = [];
  let page = 1;
  for (const raw of lines) {
    page += (raw.match(/\f/g) ?? []).length;
    pageStart.push(page);
  }
  const pageOf = (no: number): number => pageStart[no - 1] ?? 1;
  const body: number[] = [];
  for (let no = region.titleLine + 1; no <= region.lastLine; no++) body.push(no);
  const firstData = body.find((no) => hasAmount(lines[no - 1] ?? ''));
  if (firstData === undefined) return out;
  const headerLines: Token[][] = body
    .filter((no) => no < firstData && !META_LINE.test(lines[no - 1] ?? ''))
    .map((no) => tokens(lines[no - 1] ?? ''))
    .filter((t) => t.length > 0);
  // Anchors: header tokens not covered by a lower header token.
  const anchors: Token[] = [];
  headerLines.forEach((line, h) => {
    const lower = headerLines.slice(h + 1).flat();
    for (const t of line) {
      if (LABEL_HEADER.test(t.text)) continue;
      const overlapped = lower.some((u) => u.start < t.end && t.start < u.end);
      const leftNear = lower.some((u) => u.end <= t.start && t.start - u.end <= 3);
      const rightNear = lower.some((u) => u.start >= t.end && u.start - t.end <= 3);
      if (!overlapped && !(leftNear && rightNear)) anchors.push(t);
    }
  });
  anchors.sort((a, b) => centre(a) - centre(b));
  const allHeader = headerLines.flat();
  const lineAmounts = (no: number): Token[] =>
    [...(lines[no - 1] ?? '').matchAll(AMOUNT_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  // One shift per page: the one that lines up the page's amounts best (ties: the smallest).
  const dataLines = body.filter((no) => no >= firstData && hasAmount(lines[no - 1] ?? ''));
  const pages = new Map<number, number[]>();
  for (const no of dataLines) {
    const p = pageOf(no);
    pages.set(p, [...(pages.get(p) ?? []), no]);
  }
  const headerPage = pageOf(region.titleLine + 1);
  for (const [page, nos] of pages) {
    // On the header's page the columns line up with the header (|shift| ≤ 8); a continuation page may be
    // drawn at another offset (|shift| ≤ 25), and a small charge per character of shift breaks ties.
    const range = page === headerPage ? 8 : 25;
    let best = { s: 0, cost: Infinity };
    for (let d = 0; d <= range; d++)
      for (const s of d === 0 ? [0] : [-d, d]) {
        const cost = nos.reduce((acc, no) => {
          const amounts = lineAmounts(no);
          return acc + alignLine(amounts, anchors, s).cost + 0.1 * Math.abs(s) * amounts.length;
        }, 0);
        if (cost < best.cost - 1e-9) best = { s, cost };
      }
    for (const no of nos) {
      const raw = lines[no - 1] ?? '';
      const amounts = lineAmounts(no);
      const { pick } = alignLine(amounts, anchors, best.s);
      const toks = tokens(raw);
      amounts.forEach((am, i) => {
        const anchor = anchors[pick[i] ?? -1];
        const header: string[] = anchor ? [compact(anchor.text)] : [];
        // Row label: nearest text token fully left of the amount, with the code digits just before it.
        const left = toks.filter((t) => t.end <= am.start);
        const labelParts = left.flatMap((t) => t.text.split(/\s+/));
        let code: string | undefined;
        let name: string | undefined;
        let k = labelParts.length - 1;
        while (k >= 0 && ONLY_AMOUNT.test(labelParts[k] ?? '')) k--;
        if (k >= 0 && !/^\d{2,7}$/.test(labelParts[k] ?? '')) {
          name = labelParts[k];
          k--;
        }
        const digits: string[] = [];
        while (k >= 0 && /^\d{2,7}$/.test(labelParts[k] ?? '')) {
          digits.unshift(labelParts[k] ?? '');
          k--;
        }
        if (digits.length > 0 && (digits[0] ?? '').length >= 3) code = digits.join('');
        const a: PrintedAmount = {
          line: no,
          start: am.start,
          end: am.end,
          text: am.text,
          value: canonical(am.text),
          table: region.title,
          rowNames: name !== undefined ? [compact(name)] : [],
          header,
          page,
        };
        if (code !== undefined) a.rowCode = code;
        if (code === undefined && name === undefined && anchor) {
          // A row without label: add the nearest header token above the anchor (within 8 characters).
          const above = allHeader
            .filter((t) => t !== anchor && Math.abs(centre(t) - centre(anchor)) <= 8 && headerLines.findIndex((l) => l.includes(t)) < headerLines.findIndex((l) => l.includes(anchor)))
            .sort((x, y) => {
              const lx = headerLines.findIndex((l) => l.includes(x));
              const ly = headerLines.findIndex((l) => l.includes(y));
              return ly - lx || Math.abs(centre(x) - centre(anchor)) - Math.abs(centre(y) - centre(anchor));
            });
          if (above[0]) a.header.push(compact(above[0].text));
        }
        out.push(a);
      });
    }
  }
  return out;
}

/** Every amount printed in the tables of a raw text, with its row label and column header. */
export function printedAmounts(text: string, kind: SourceKind): PrintedAmount[] {
  const lines = splitLines(text);
  return rawRegions(text, kind)
    .filter((r) => r.kind === 'table')
    .flatMap((r) => (kind === 'tsv' ? tsvAmounts(lines, r) : layoutAmounts(lines, r)));
}
