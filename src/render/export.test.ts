import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { checkDocument } from '../check/index.js';
import { T, docFrom } from '../check/testkit.js';
import { type Document, DocumentSchema } from '../model/index.js';
import { corpusDocument } from '../../test/corpus-document.js';
import { TEXT_DOCS } from '../../test/corpus.js';
import { CELLS_CSV_HEADER } from './export-csv.js';
import { sheetName, yearlessLabel } from './export-xlsx.js';
import { type ExportItem, exportDocuments } from './export.js';
import { TABLE_KIND_ZH } from './table-kinds.js';

const YQ26 = 'yangquan-emergency-2026-budget.txt';
const YQ24 = 'yangquan-emergency-2024-final-accounts.txt';

const itemOf = (file: string, doc: Document = corpusDocument(file)): ExportItem => ({ file, doc, findings: checkDocument(doc) });
const ITEMS = TEXT_DOCS.map((f) => itemOf(f));

// A small document with a known table and one of no known kind whose cells need CSV quoting.
const SMALL = docFrom(
  '2026年预算收支总表',
  '单位：万元',
  T('收入', '', '支出', '', '', ''),
  T('项目', '2026年', '项目', '2026年合计', '当年预算安排', '上年结转安排'),
  T('一、一般公共预算', '1,234.5', '一、一般公共服务支出', '1234.50', '1234.50', ''),
  T('收入总计', '1234.50', '支出总计', '1234.50', '1234.50', ''),
  '',
  '2026年部门特别情况统计表',
  '单位：万元',
  T('项目', '金额', '说明'),
  T('甲,乙', '12.30', '含"引号"'),
);

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const end = (function closing(from: number): number {
        let j = from;
        for (;;) {
          j = text.indexOf('"', j);
          if (j < 0) throw new Error('unclosed quote');
          if (text[j + 1] !== '"') return j;
          j += 2;
        }
      })(i + 1);
      field = text.slice(i + 1, end).replace(/""/g, '"');
      i = end + 1;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      field = '';
      record = [];
      i += 2;
    } else {
      assert.notEqual(ch, '\n', `bare LF at ${i}`);
      field += ch;
      i++;
    }
  }
  assert.equal(field + record.join(''), '', 'the last record ends with CRLF');
  return records;
}

/** The text of a CSV export after checking its UTF-8 byte-order mark. */
function csvText(bytes: Uint8Array): string {
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8').decode(bytes.slice(3));
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  return ws;
}

/** A sheet as objects keyed by the header row. */
function recordsOf(ws: ExcelJS.Worksheet): { rowNumber: number; get(header: string): ExcelJS.Cell }[] {
  const headers = Array.from(ws.getRow(1).values as unknown[], (v) => (typeof v === 'string' ? v : ''));
  const out: { rowNumber: number; get(header: string): ExcelJS.Cell }[] = [];
  ws.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    out.push({
      rowNumber,
      get(header) {
        const c = headers.indexOf(header);
        assert.ok(c > 0, `column ${header} in ${ws.name}: ${headers.join(',')}`);
        return row.getCell(c);
      },
    });
  });
  return out;
}

test('json: one entry per document, keys in a fixed order, the model round-trips through DocumentSchema', async () => {
  const items = [itemOf(YQ26), itemOf(YQ24)];
  const text = new TextDecoder().decode(await exportDocuments(items, 'json'));
  const arr = JSON.parse(text) as Record<string, unknown>[];
  assert.equal(arr.length, 2);
  assert.deepEqual(Object.keys(arr[0] ?? {}), ['file', 'body', 'year', 'kind', 'template', 'counts', 'model', 'findings']);
  const [a, b] = arr;
  assert.equal(a?.['file'], YQ26);
  assert.deepEqual(a?.['body'], { name: '阳泉市应急管理局', code: '035', level: 'city' });
  assert.equal(a?.['year'], 2026);
  assert.equal(b?.['kind'], 'final-accounts');
  assert.equal(b?.['template'], 'shanxi-final');
  const counts = a?.['counts'] as Record<string, number>;
  assert.equal(counts['error'], items[0]?.findings.filter((f) => f.severity === 'error').length);
  assert.deepEqual(DocumentSchema.parse(a?.['model']), items[0]?.doc);
  assert.deepEqual(a?.['findings'], JSON.parse(JSON.stringify(items[0]?.findings)));
});

test('json: the same documents built with keys in another order export to the same bytes', async () => {
  const reversed = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
  const item = itemOf(YQ26);
  const shuffled: ExportItem = { ...item, doc: reversed(item.doc) as Document, findings: item.findings.map((f) => reversed(f) as typeof f) };
  assert.deepEqual(await exportDocuments([shuffled], 'json'), await exportDocuments([item], 'json'));
});

test('csv: BOM, CRLF, the header, and one record per table cell of the model, blank cells included', async () => {
  const [header, ...records] = parseCsv(csvText(await exportDocuments(ITEMS, 'csv')));
  assert.deepEqual(header, CELLS_CSV_HEADER);
  const cells = ITEMS.reduce((n, it) => n + it.doc.tables.reduce((m, t) => m + t.rows.reduce((k, r) => k + Object.keys(r.cells).length, 0), 0), 0);
  assert.equal(records.length, cells);
  assert.ok(records.every((r) => r.length === CELLS_CSV_HEADER.length));
  const col = (name: string): number => CELLS_CSV_HEADER.indexOf(name);
  // yangquan-emergency-2026-budget.txt line 107: 收入总计⇥4558.02⇥支出总计⇥4558.02⇥4558.02⇥ (2026年预算收支总表)
  const total = records.filter((r) => r[col('file')] === YQ26 && r[col('table_kind')] === 'budget-summary' && r[col('row_name')] === '收入总计' && r[col('column_key')] === 'income.amount');
  assert.equal(total.length, 1);
  assert.deepEqual(
    [total[0]?.[col('body')], total[0]?.[col('year')], total[0]?.[col('unit')], total[0]?.[col('value')], total[0]?.[col('text')], total[0]?.[col('line')], total[0]?.[col('column_start')]],
    ['阳泉市应急管理局', '2026', '万元', '4558.02', '4558.02', '107', '5'],
  );
  // Same line: 上年结转安排 is printed blank, and a blank is kept as blank, not as 0.
  const blank = records.find((r) => r[col('file')] === YQ26 && r[col('row_name')] === '支出总计' && r[col('table_kind')] === 'budget-summary' && r[col('column_key')] === 'expenditure.carryover');
  assert.deepEqual([blank?.[col('value')], blank?.[col('text')]], ['', '']);
});

test('csv: fields with commas and quotes are quoted and parse back as printed', async () => {
  const text = csvText(await exportDocuments([{ file: 'a,"b".txt', doc: SMALL, findings: [] }], 'csv'));
  assert.ok(text.includes('\r\n"a,""b"".txt",'));
  const [header, ...records] = parseCsv(text);
  assert.deepEqual(header, CELLS_CSV_HEADER);
  const col = (name: string): number => CELLS_CSV_HEADER.indexOf(name);
  assert.ok(records.every((r) => r[col('file')] === 'a,"b".txt'));
  assert.ok(records.some((r) => r[col('text')] === '甲,乙' && r[col('table_kind')] === 'generic'));
  assert.ok(records.some((r) => r[col('text')] === '含"引号"'));
  // 1,234.5 as printed, 1234.5 as the exact value.
  assert.ok(records.some((r) => r[col('text')] === '1,234.5' && r[col('value')] === '1234.5'));
});

test('xlsx: a sheet per table kind, 文档 and 发现; 预算收支总表 holds 阳泉 2026 收入总计 4558.02', async () => {
  const wb = await workbookOf(await exportDocuments(ITEMS, 'xlsx'));
  const names = wb.worksheets.map((w) => w.name);
  assert.equal(names[0], '文档');
  assert.equal(names.at(-1), '发现');
  for (const n of ['预算收支总表', '预算收入总表', '预算支出总表', '财政拨款收支总表', '一般公共预算安排基本支出分经济科目表', '项目支出预算表（本年预算）', '收入支出决算总表', '收入决算表', '支出决算表', '财政拨款“三公”经费支出决算表', '部门决算公开相关信息统计表']) {
    assert.ok(names.includes(n), `${n} in ${names.join(',')}`);
  }
  assert.ok(!names.includes('其他表格'), 'no generic table in the text corpus');
  assert.ok(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n)));

  const ws = sheet(wb, '预算收支总表');
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
  assert.ok(ws.autoFilter, 'autofilter on the header');
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1, 7), ['文件', '单位名称', '年度', '金额单位', '科目编码', '项目']);
  const rows = recordsOf(ws);
  // yangquan-emergency-2026-budget.txt line 107: 收入总计⇥4558.02⇥支出总计⇥4558.02⇥4558.02⇥ (上年结转安排 blank)
  const income = rows.filter((r) => r.get('文件').value === YQ26 && r.get('项目').value === '收入总计');
  assert.equal(income.length, 1);
  const inc = income[0];
  assert.ok(inc);
  assert.deepEqual([inc.get('单位名称').value, inc.get('年度').value, inc.get('金额单位').value, inc.get('栏').value], ['阳泉市应急管理局', 2026, '万元', '收入']);
  assert.equal(inc.get('收入').value, 4558.02);
  assert.equal(inc.get('收入').numFmt, '#,##0.00');
  assert.equal(inc.get('支出/合计').value, null);
  const exp = rows.find((r) => r.get('文件').value === YQ26 && r.get('项目').value === '支出总计');
  assert.deepEqual([exp?.get('支出/合计').value, exp?.get('支出/当年预算安排').value, exp?.get('支出/上年结转安排').value], [4558.02, 4558.02, null]);
  // 阳泉 2026 is the first document: its rows come first, in the table's order, right under the header.
  const model = corpusDocument(YQ26).tables.find((t) => t.kind === 'budget-summary');
  assert.equal(inc.rowNumber, 2 + (model?.rows.findIndex((r) => r.name === '收入总计') ?? -99));
});

test('xlsx: every amount reads back as a number that prints as the exact decimal at its scale', async () => {
  const items = [itemOf(YQ26), itemOf(YQ24)];
  const wb = await workbookOf(await exportDocuments(items, 'xlsx'));
  let checked = 0;
  for (const kind of Object.keys(TABLE_KIND_ZH) as (keyof typeof TABLE_KIND_ZH)[]) {
    const rows = items.flatMap((it) => it.doc.tables.filter((t) => t.kind === kind).flatMap((t) => t.rows.map((row) => ({ t, row }))));
    if (rows.length === 0) continue;
    const ws = sheet(wb, TABLE_KIND_ZH[kind]);
    assert.equal(recordsOf(ws).length, rows.length);
    const headers = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ''));
    rows.forEach(({ t, row }, i) => {
      for (const [key, cell] of Object.entries(row.cells)) {
        if (!cell.amount) continue;
        const label = yearlessLabel(t.columns.find((c) => c.key === key)?.label ?? '');
        // Figure columns come last: a label such as 项目 cannot be taken for the row-name column.
        const c = headers.findLastIndex((h) => h === label || h.split(' | ').includes(label));
        const v = ws.getRow(i + 2).getCell(c).value;
        assert.equal(typeof v, 'number', `${kind} ${row.name} ${key}`);
        const scale = cell.amount.value.split('.')[1]?.length ?? 0;
        assert.equal((v as number).toFixed(scale), cell.amount.value);
        checked++;
      }
    });
  }
  const amounts = items.flatMap((it) => it.doc.tables.filter((t) => t.kind !== 'generic').flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).filter((c) => c.amount))));
  assert.equal(checked, amounts.length);
  assert.ok(checked > 700, `${checked} amounts`);
});

test('xlsx: 发现 holds the 阳泉 2026 form error worded; 文档 one row per document with its counts', async () => {
  const wb = await workbookOf(await exportDocuments(ITEMS, 'xlsx'));
  // yangquan-emergency-2026-budget.txt line 618: 国土空间专项规划经费 年度资金总额 292000 (元); line 411 of the
  // project table: 国土空间专项规划经费 30.00 万元 = 300000 元.
  const found = recordsOf(sheet(wb, '发现')).filter((r) => r.get('文件').value === YQ26 && r.get('规则').value === 'form-matches-project-table' && r.get('行').value === 618);
  assert.equal(found.length, 1);
  const f = found[0];
  assert.deepEqual([f?.get('级别').value, f?.get('行项目').value, f?.get('应为').value, f?.get('实为').value], ['错误', '国土空间专项规划经费', '300000', '292000']);
  assert.match(String(f?.get('说明').value), /国土空间专项规划经费.*应为 300000 元，实为 292000 元/);
  assert.equal(recordsOf(sheet(wb, '发现')).length, ITEMS.reduce((n, it) => n + it.findings.length, 0));

  const docs = recordsOf(sheet(wb, '文档'));
  assert.deepEqual(docs.map((r) => r.get('文件').value), [...TEXT_DOCS]);
  const yq = docs[0];
  assert.deepEqual([yq?.get('单位名称').value, yq?.get('年度').value, yq?.get('模板').value], ['阳泉市应急管理局', 2026, 'shanxi-budget']);
  assert.equal(yq?.get('错误').value, ITEMS[0]?.findings.filter((x) => x.severity === 'error').length);
  assert.equal(docs[3]?.get('类型').value, `${ITEMS[3]?.doc.scope ?? ''}决算`);
});

test('xlsx: tables of no known kind go to 其他表格, one row per printed cell; texts stay text', async () => {
  const wb = await workbookOf(await exportDocuments([{ file: 'small.txt', doc: SMALL, findings: [] }], 'xlsx'));
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['文档', '预算收支总表', '其他表格', '发现']);
  const rows = recordsOf(sheet(wb, '其他表格'));
  assert.deepEqual(rows.map((r) => [r.get('项目').value, r.get('列').value, r.get('内容').value]), [
    ['甲,乙', '项目', '甲,乙'],
    ['甲,乙', '金额', 12.3],
    ['甲,乙', '说明', '含"引号"'],
  ]);
  const income = recordsOf(sheet(wb, '预算收支总表')).find((r) => r.get('项目').value === '一、一般公共预算');
  // Printed 1,234.5: one decimal, shown with one.
  assert.deepEqual([income?.get('收入').value, income?.get('收入').numFmt], [1234.5, '#,##0.0']);
});

test('sheet names: forbidden characters replaced, 31 characters at most, unique', () => {
  assert.equal(sheetName('a[b]:c*d?e/f\\g', new Set()), 'a_b__c_d_e_f_g');
  assert.equal(sheetName('x'.repeat(40), new Set()).length, 31);
  assert.equal(sheetName('预算收支总表', new Set(['预算收支总表'])), '预算收支总表(2)');
  assert.equal(yearlessLabel('2026年预算数/合计'), '预算数/合计');
  assert.equal(yearlessLabel('收入/2026年'), '收入');
  assert.equal(yearlessLabel('2026预算数/合计'), '预算数/合计');
  assert.equal(yearlessLabel('支出/2026年合计'), '支出/合计');
});

test('xlsx: two figure columns printed alike get their side in front', async () => {
  const doc = docFrom(
    '收入支出决算总表',
    '单位：万元',
    // No 收入/支出 header row above (as in the Shanghai PDF): both figure columns are labelled 决算数.
    T('项目', '决算数', '项目', '决算数'),
    T('一、财政拨款收入', '10.00', '一、一般公共服务支出', '10.00'),
    T('总计', '10.00', '总计', '10.00'),
  );
  assert.equal(doc.tables[0]?.kind, 'final-summary');
  assert.deepEqual(doc.tables[0]?.columns.map((c) => c.label), ['项目', '决算数', '项目', '决算数']);
  const wb = await workbookOf(await exportDocuments([{ file: 'f.txt', doc, findings: [] }], 'xlsx'));
  const headers = (sheet(wb, '收入支出决算总表').getRow(1).values as unknown[]).slice(-2);
  assert.deepEqual(headers, ['收入/决算数', '支出/决算数']);
});
