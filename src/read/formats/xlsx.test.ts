import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readFile } from '../document.js';
import { DEFAULT_LIMITS } from './types.js';
import { columnLetters, isWorkbook, sheetRef, xlsxReader } from './xlsx.js';

const TITLE = '2026年财政拨款安排“三公”经费支出预算表';

/** A workbook as finance systems export one: the sheet named by its table, merged headers, figures as formatted numbers. */
async function workbook(titleRow = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(titleRow ? 'Sheet1' : TITLE);
  // With a printed title the table starts a row lower.
  const o = titleRow ? 1 : 0;
  if (titleRow) {
    ws.getCell('A1').value = TITLE;
    ws.mergeCells('A1:E1');
  }
  ws.getCell(1 + o, 1).value = '部门名称：示范县应急管理局';
  ws.getCell(2 + o, 1).value = '单位：万元';
  ws.getCell(3 + o, 1).value = '项目';
  ws.mergeCells(3 + o, 1, 4 + o, 1);
  ws.getCell(3 + o, 2).value = '2026年预算数';
  ws.mergeCells(3 + o, 2, 3 + o, 5);
  ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'].forEach((t, i) => (ws.getCell(4 + o, i + 2).value = t));
  const rows: [string, number | undefined][] = [
    ['因公出国（境）费', undefined],
    ['公务接待费', 1.2],
    ['公务用车购置及运行费', 30.5],
    ['①公务用车购置费', undefined],
    ['②公务用车运行维护费', 30.5],
  ];
  rows.forEach(([name, v], i) => {
    const r = 5 + o + i;
    ws.getCell(r, 1).value = name;
    if (v !== undefined) for (const c of [2, 3]) Object.assign(ws.getCell(r, c), { value: v, numFmt: '0.00' });
  });
  ws.getCell(10 + o, 1).value = '合计';
  // The total is a formula with its cached result, as a saved workbook holds it.
  for (const c of [2, 3]) Object.assign(ws.getCell(10 + o, c), { value: { formula: `${c === 2 ? 'B' : 'C'}${6 + o}+${c === 2 ? 'B' : 'C'}${7 + o}`, result: 31.7 }, numFmt: '0.00' });
  const notes = wb.addWorksheet('说明 sheet');
  notes.getCell('B2').value = '注：本表按财政拨款口径填列。';
  notes.getCell('B4').value = '公开时间';
  notes.getCell('C4').value = new Date(Date.UTC(2026, 1, 1));
  notes.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
  const hidden = wb.addWorksheet('辅助');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = '不公开的辅助数据';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('references name the sheet as the spreadsheet does', () => {
  assert.equal(columnLetters(1), 'A');
  assert.equal(columnLetters(27), 'AA');
  assert.equal(sheetRef('Sheet1'), 'Sheet1');
  assert.equal(sheetRef('预算表'), '预算表');
  assert.equal(sheetRef("My 'Sheet'"), "'My ''Sheet'''");
});

test('each sheet in order: title from the sheet name, merged cells printed once, figures as shown, hidden sheets left out', async () => {
  const bytes = await workbook();
  assert.ok(isWorkbook(bytes));
  const x = await xlsxReader.read(bytes, 'b.xlsx', { limits: DEFAULT_LIMITS });
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    [
      TITLE,
      // rows of a block that holds a grid keep the grid's width, as the tab-separated extractions print them
      '部门名称：示范县应急管理局\t\t\t\t',
      '单位：万元\t\t\t\t',
      '项目\t2026年预算数\t\t\t',
      '\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
      '因公出国（境）费\t\t\t\t',
      '公务接待费\t1.20\t1.20\t\t',
      '公务用车购置及运行费\t30.50\t30.50\t\t',
      '①公务用车购置费\t\t\t\t',
      '②公务用车运行维护费\t30.50\t30.50\t\t',
      '合计\t31.70\t31.70\t\t',
      '',
      '注：本表按财政拨款口径填列。',
      '',
      '公开时间\t2026年2月1日',
    ],
  );
  assert.equal(x.source.lines[6]?.cells[1]?.ref, `'${TITLE}'!B6`);
  assert.equal(x.source.lines[14]?.cells[1]?.ref, "'说明 sheet'!C4");
  assert.equal(x.source.lines[12]?.ref, "'说明 sheet'!B2");
});

test('the workbook reads to the 三公 table with its figures and cell references', async () => {
  const r = await readFile(await workbook(), 'b.xlsx');
  if (!r.ok) assert.fail(r.error.message);
  assert.equal(r.document.source.container, 'xlsx');
  const t = r.document.tables.find((x) => x.kind === 'three-public');
  assert.ok(t);
  assert.equal(t.title, TITLE);
  const rec = t.rows.find((x) => x.name === '公务接待费');
  assert.equal(rec?.cells['total']?.amount?.value, '1.20');
  assert.equal(rec?.cells['total']?.pos.ref, `'${TITLE}'!B6`);
  const sum = t.rows.find((x) => x.role === 'grand-total');
  assert.equal(sum?.cells['gpb']?.amount?.value, '31.70');
});

test('a title printed in a merged first row is the table title; the sheet name adds none', async () => {
  const x = await xlsxReader.read(await workbook(true), 'b.xlsx', { limits: DEFAULT_LIMITS });
  assert.equal(x.source.lines[0]?.text, `${TITLE}\t\t\t\t`);
  assert.equal(x.source.lines[1]?.text, '部门名称：示范县应急管理局\t\t\t\t');
  const r = await readFile(await workbook(true), 'b.xlsx');
  if (!r.ok) assert.fail(r.error.message);
  const t = r.document.tables.find((x) => x.kind === 'three-public');
  assert.equal(t?.title, TITLE);
  assert.equal(t?.rows.find((x) => x.name === '公务接待费')?.cells['total']?.pos.ref, 'Sheet1!B7');
});

test('an empty workbook is refused as holding no text', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  const r = await readFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'empty.xlsx');
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.error.code, 'no-text');
});
