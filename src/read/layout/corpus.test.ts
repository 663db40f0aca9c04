// The two Shanghai PDFs through pdftotext -layout: every amount printed in a table must land in the cell of
// the grid column whose header label is printed above it. Column labels and which column each amount of a
// row sits under were read by hand from the layout text; the amounts themselves are found by a regex on
// the raw lines, independently of the reader.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutTextOf } from '../../../test/layout-text.js';
import { normalizeText } from '../lines/normalize.js';
import type { SourceLine } from '../lines/types.js';
import { readLayoutText } from './index.js';
import { pageNumbers } from './pages.js';
import { findRegions } from './regions.js';
import { tokenize } from './tokens.js';

const AMOUNT_RE = /(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d.])/g;
const ONLY_AMOUNT_RE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;
const compact = (s: string): string => s.replace(/\s+/g, '');

interface Col {
  /** Unique name used by the row specs. */
  key: string;
  /** Text the column's header cells, read top to bottom and joined, must contain. */
  label: string;
}

interface TableSpec {
  /** The (last) title line, spaces removed. */
  title: string;
  cols: Col[];
  /** Columns of a row's amounts, by the number of amounts printed on the line. */
  byCount: Record<number, string[]>;
  /** Exceptions by row key (code digits joined, or the first word of the line). */
  rows?: { match: RegExp; keys: string[] }[];
  // (an exception applies only to lines printing as many amounts as it names)
  /** A line (spaces removed) that ends the table when no note does. */
  stop?: string;
}

const cols = (...pairs: [string, string][]): Col[] => pairs.map(([key, label]) => ({ key, label }));
const same = (...labels: string[]): Col[] => labels.map((l) => ({ key: l, label: l }));

// Rows of the function-classification tables whose only money is project money (read from the layout: the
// second amount sits under 项目支出, the basic column being blank).
const PROJECT_ONLY = /^(2011302|2011399|206|20605|2060503|215|21508|2150899|216|21699|2169999)$/;

const COMMERCE: TableSpec[] = [
  {
    title: '2025年部门财务收支预算总表',
    cols: cols(['收入项目', '项目'], ['收入预算数', '预算数'], ['支出项目', '项目'], ['支出预算数', '预算数']),
    byCount: { 2: ['收入预算数', '支出预算数'], 1: ['支出预算数'] },
  },
  {
    title: '2025年部门收入预算总表',
    cols: same('类', '款', '项', '功能分类科目名称', '合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'),
    byCount: { 2: ['合计', '财政拨款收入'] },
  },
  {
    title: '2025年部门支出预算总表',
    cols: same('类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    byCount: { 3: ['合计', '基本支出', '项目支出'], 2: ['合计', '基本支出'] },
    rows: [{ match: PROJECT_ONLY, keys: ['合计', '项目支出'] }],
  },
  {
    title: '2025年部门财政拨款收支预算总表',
    cols: cols(['收入项目', '项目'], ['收入预算数', '预算数'], ['支出项目', '项目'], ['合计', '合计'], ['一般公共预算', '一般公共预算'], ['政府性基金预算', '政府性基金预算'], ['国有资本经营预算', '国有资本经营预算']),
    byCount: { 3: ['收入预算数', '合计', '一般公共预算'], 2: ['合计', '一般公共预算'] },
  },
  {
    title: '2025年部门一般公共预算支出功能分类预算表',
    cols: same('类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    byCount: { 3: ['合计', '基本支出', '项目支出'], 2: ['合计', '基本支出'] },
    rows: [{ match: PROJECT_ONLY, keys: ['合计', '项目支出'] }],
  },
  {
    title: '2025年部门政府性基金预算支出功能分类预算表',
    cols: same('类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    byCount: {},
  },
  {
    title: '2025年部门国有资本经营预算支出功能分类预算表',
    cols: same('类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    byCount: {},
  },
  {
    title: '2025年部门一般公共预算基本支出部门预算经济分类预算表',
    cols: same('类', '款', '经济分类科目名称', '合计', '人员经费', '公用经费'),
    byCount: { 3: ['合计', '人员经费', '公用经费'], 2: ['合计', '人员经费'] },
    rows: [{ match: /^(302|310)/, keys: ['合计', '公用经费'] }],
  },
  {
    title: '2025年部门“三公”经费和机关运行经费预算表',
    cols: same('合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', '机关运行经费预算数'),
    byCount: { 3: ['合计', '公务接待费', '机关运行经费预算数'] },
    stop: '其他相关情况说明',
  },
];

const PLANNING: TableSpec[] = [
  {
    title: '收入支出决算总表',
    cols: cols(['收入项目', '项目'], ['收入决算数', '决算数'], ['支出项目', '项目'], ['支出决算数', '决算数']),
    byCount: { 2: ['收入决算数', '支出决算数'], 1: ['支出决算数'] },
    rows: [{ match: /^一、一般公共预算财政拨款收入$/, keys: ['收入决算数'] }],
  },
  {
    title: '收入决算表',
    cols: same('科目编码', '科目名称', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'),
    byCount: { 2: ['本年收入合计', '财政拨款收入'] },
  },
  {
    title: '支出决算表',
    cols: same('科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'),
    byCount: { 3: ['本年支出合计', '基本支出', '项目支出'] },
  },
  {
    title: '财政拨款收入支出决算总表',
    cols: cols(
      ['收入项目', '项目'],
      ['收入决算数', '决算数'],
      ['支出项目', '项目'],
      ['合计', '合计'],
      ['一般公共预算', '一般公共预算财政拨款'],
      ['政府性基金预算', '政府性基金预算财政拨款'],
      ['国有资本经营预算', '国有资本经营预算财政拨款'],
    ),
    byCount: { 3: ['收入决算数', '合计', '一般公共预算'], 2: ['合计', '一般公共预算'], 1: ['收入决算数'] },
  },
  {
    title: '一般公共预算财政拨款支出决算表',
    cols: same('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
    byCount: { 3: ['合计', '基本支出', '项目支出'] },
  },
  {
    title: '一般公共预算财政拨款基本支出决算表',
    cols: cols(['左编码', '经济分类科目编码'], ['左名称', '科目名称'], ['左决算数', '决算数'], ['右编码', '经济分类科目编码'], ['右名称', '科目名称'], ['右决算数', '决算数']),
    byCount: { 2: ['左决算数', '右决算数'], 1: ['右决算数'] },
    // Left-hand rows are 301/303 (工资福利, 对个人和家庭的补助); a left row whose right neighbour prints only its code carries one amount.
    rows: [{ match: /^30[13]\d*$/, keys: ['左决算数'] }],
  },
  {
    title: '财政拨款“三公”经费支出决算表',
    cols: cols(
      ['合计预算', '合计预算数'],
      ['合计决算', '决算数'],
      ['出国预算', '因公出国（境）费预算数'],
      ['出国决算', '决算数'],
      ['小计预算', '小计预算数'],
      ['小计决算', '决算数'],
      ['购置预算', '公务用车购置费预算数'],
      ['购置决算', '决算数'],
      ['运行预算', '公务用车运行维护费预算数'],
      ['运行决算', '决算数'],
      ['接待预算', '公务接待费预算数'],
      ['接待决算', '决算数'],
    ),
    byCount: { 12: ['合计预算', '合计决算', '出国预算', '出国决算', '小计预算', '小计决算', '购置预算', '购置决算', '运行预算', '运行决算', '接待预算', '接待决算'] },
  },
  {
    title: '政府性基金预算财政拨款收入支出决算表',
    cols: same('科目编码', '科目名称', '年初结转和结余', '本年收入', '合计', '基本支出', '项目支出', '年末结转和结余'),
    byCount: {},
  },
  {
    title: '国有资本经营预算财政拨款收入支出决算表',
    cols: same('科目编码', '科目名称', '年初结转和结余', '本年收入', '合计', '基本支出', '项目支出', '年末结转和结余'),
    byCount: {},
  },
];

/** Code digits at the start of a line joined (201 13 01 → 2011301), else its first word. */
function rowKey(raw: string): string {
  const s = raw.replace(/\f/g, '').trim();
  const m = /^(\d{3,7})(?:\s+(\d{2}))?(?:\s+(\d{2}))?(?=\s|$)/.exec(s);
  if (m) return (m[1] ?? '') + (m[2] ?? '') + (m[3] ?? '');
  return s.split(/\s+/)[0] ?? '';
}

const isMeta = (raw: string): boolean => /编制部门|单位[：:]/.test(raw);
const isNote = (raw: string): boolean => /^(注|说明)\s*[:：]/.test(raw.replace(/\f/g, '').trim());

/** Lines of a table: after its title up to a note, the next table's title or the stop line. */
function tableLines(lines: readonly SourceLine[], spec: TableSpec, from: number, nextTitle: string | undefined): { title: number; body: SourceLine[] } {
  const title = lines.findIndex((l, i) => i >= from && compact(l.raw) === spec.title);
  assert.ok(title >= 0, `title ${spec.title} not found`);
  const body: SourceLine[] = [];
  for (let i = title + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l) break;
    const c = compact(l.raw);
    if (isNote(l.raw) || c === nextTitle || c === spec.stop) break;
    body.push(l);
  }
  return { title, body };
}

interface Figures {
  title: string;
  printed: number;
  placed: number;
}

function checkTable(spec: TableSpec, title: SourceLine, body: readonly SourceLine[]): Figures {
  const n = spec.cols.length;
  assert.equal(title.cells.length, 1, `${spec.title}: title is one cell`);
  const firstAmount = body.findIndex((l) => (l.raw.match(AMOUNT_RE) ?? []).length > 0);
  const headerEnd = firstAmount < 0 ? body.length : firstAmount;
  const header = body.slice(0, headerEnd).filter((l) => l.raw.trim() !== '' && !isMeta(l.raw) && compact(l.raw) !== compact(title.raw));
  assert.ok(header.length > 0, `${spec.title}: header lines`);
  for (const h of header) assert.equal(h.cells.length, n, `${spec.title}: header line ${h.no} has ${h.cells.length} cells, expected ${n}`);
  spec.cols.forEach((c, i) => {
    const joined = header.map((h) => compact(h.cells[i]?.text ?? '')).join('');
    assert.ok(joined.includes(compact(c.label)), `${spec.title}: column ${i} headed "${joined}", expected to contain "${c.label}"`);
  });
  let printed = 0;
  let placed = 0;
  for (const l of body.slice(headerEnd)) {
    const amounts = (l.raw.match(AMOUNT_RE) ?? []).map(String);
    if (l.raw.trim() === '') continue;
    // Every non-blank line of the table body sits on the grid.
    assert.equal(l.cells.length, n, `${spec.title}: line ${l.no} has ${l.cells.length} cells, expected ${n}`);
    if (amounts.length === 0) continue;
    printed += amounts.length;
    const key = rowKey(l.raw);
    const keys = spec.rows?.find((r) => r.match.test(key) && r.keys.length === amounts.length)?.keys ?? spec.byCount[amounts.length];
    assert.ok(keys && keys.length === amounts.length, `${spec.title}: no hand-read columns for line ${l.no} (${key}, ${amounts.length} amounts)`);
    const expected = amounts.map((a, k) => {
      const idx = spec.cols.findIndex((c) => c.key === keys[k]);
      assert.ok(idx >= 0, `${spec.title}: unknown column ${keys[k]}`);
      return `${idx}:${a}`;
    });
    const actual = l.cells.flatMap((c, i) => (ONLY_AMOUNT_RE.test(c.text) ? [`${i}:${c.text}`] : []));
    assert.deepEqual(actual, expected, `${spec.title}: line ${l.no} (${key})`);
    placed += amounts.length;
  }
  return { title: spec.title, printed, placed };
}

function checkDocument(pdf: string, specs: readonly TableSpec[], report: (msg: string) => void): void {
  const text = layoutTextOf(pdf);
  const src = readLayoutText(text, pdf);
  let from = 0;
  specs.forEach((spec, k) => {
    const { title, body } = tableLines(src.lines, spec, from, specs[k + 1]?.title);
    const line = src.lines[title];
    assert.ok(line);
    const f = checkTable(spec, line, body);
    report(`${pdf} | ${f.title}: ${f.placed}/${f.printed} amounts placed`);
    from = title + 1;
  });
}

describe('layout reader on the Shanghai PDFs', () => {
  it('finds the nine tables of each document, titles in order', () => {
    for (const [pdf, specs] of [
      ['shanghai-putuo-commerce-2025-budget.pdf', COMMERCE],
      ['shanghai-putuo-planning-2024-final-accounts.pdf', PLANNING],
    ] as const) {
      const raws = layoutTextOf(pdf).split(/\r\n|\n|\r/);
      const regions = findRegions({ raws, pages: pageNumbers(raws), tokens: raws.map(tokenize), dropped: new Set() });
      const titles = regions.map((r) => compact(raws[r.title[r.title.length - 1] ?? -1] ?? ''));
      assert.deepEqual(
        titles,
        specs.map((s) => s.title),
        pdf,
      );
    }
  });

  it('places every amount of the 2025 commerce budget under its printed column', (t) => {
    checkDocument('shanghai-putuo-commerce-2025-budget.pdf', COMMERCE, (m) => t.diagnostic(m));
  });

  it('places every amount of the 2024 planning final accounts under its printed column', (t) => {
    checkDocument('shanghai-putuo-planning-2024-final-accounts.pdf', PLANNING, (m) => t.diagnostic(m));
  });

  it('keeps meta lines in two cells and repeated headers on the same grid', () => {
    const src = readLayoutText(layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf'), 'c');
    const meta = src.lines.filter((l) => l.raw.includes('编制部门：上海市普陀区商务委员会'));
    assert.equal(meta.length, 9);
    for (const m of meta) assert.deepEqual(m.cells.map((c) => c.text), ['编制部门：上海市普陀区商务委员会', m.cells[1]?.text.startsWith('单位:') ? '单位:万元' : '单位：元']);
    // Table 5's header is printed again on its second page: same cells, same grid.
    const repeated = src.lines.filter((l) => compact(l.raw) === '项目一般公共预算支出');
    assert.equal(repeated.length, 2);
    const [a, b] = repeated;
    assert.ok(a && b && b.page === (a.page ?? 0) + 1);
    assert.deepEqual(
      b.cells.map((c) => c.text),
      a.cells.map((c) => c.text),
    );
  });

  it('puts split codes in three columns and keeps a blank 款/项 empty', () => {
    const src = readLayoutText(layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf'), 'c');
    const row = src.lines.find((l) => /^201\s+13\s+01\s+行政运行/.test(l.raw));
    assert.deepEqual(row?.cells.slice(0, 4).map((c) => c.text), ['201', '13', '01', '行政运行']);
    const cls = src.lines.find((l) => /^201\s+一般公共服务支出/.test(l.raw));
    assert.deepEqual(cls?.cells.slice(0, 4).map((c) => c.text), ['201', '', '', '一般公共服务支出']);
  });

  it('gives every cell its span in the raw line and numbers pages by form feeds', () => {
    for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
      const text = layoutTextOf(pdf);
      const src = readLayoutText(text, pdf);
      assert.equal(src.lines.length, text.split(/\r\n|\n|\r/).length);
      assert.equal(src.lines[src.lines.length - 1]?.page, (text.match(/\f/g) ?? []).length + 1);
      for (const l of src.lines) {
        let prev = 0;
        for (const c of l.cells) {
          assert.ok(c.start >= prev && c.end >= c.start && c.end <= l.raw.length, `${pdf}:${l.no} span`);
          if (c.text !== '') assert.equal(compact(normalizeText(l.raw.slice(c.start, c.end))), compact(c.text), `${pdf}:${l.no}`);
          prev = c.end;
        }
        assert.equal(l.text, l.cells.map((c) => c.text).join('\t'));
      }
    }
  });
});
