import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { corpusDocument } from '../../../test/corpus-document.js';
import { publishDocx } from './docx.js';
import { publishTree } from './tree.js';
import { publishXlsx } from './xlsx.js';

const tree = () => publishTree(corpusDocument('shanxi-emergency-2026-budget.txt'));

/** Every cell of a sheet as `A1 → value or =formula (result)`. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow((row) => row.eachCell((c) => {
    const v = c.value;
    m.set(c.address, v !== null && typeof v === 'object' && 'formula' in v ? `=${v.formula} (${String(v.result)})` : String(v));
  }));
  return m;
}

test('山西 2026 → XLSX: one sheet per table as printed, totals as =SUM of the rows they total', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await publishXlsx(tree())) as unknown as ArrayBuffer);
  assert.equal(wb.worksheets.length, 13);
  const ws = wb.worksheets.find((w) => w.name === '预算支出总表');
  assert.ok(ws);
  const cells = [...cellsOf(ws).entries()];
  // The row of a code (or 合计) in the code column A.
  const at = (text: string): number => Number(/^A(\d+)$/.exec(cells.find(([a, v]) => v === text && a.startsWith('A'))?.[0] ?? '')?.[1]);
  // Line 183: 合计 37420.03 = the 类 205, 208, 210, 224 (lines 184, 187, 193, 200).
  const total = ws.getRow(at('合计')).getCell(3).value as { formula: string; result: number };
  assert.equal(total.formula, `SUM(C${at('205')},C${at('208')},C${at('210')},C${at('224')})`);
  assert.equal(total.result, 37420.03);
  // Line 200: 224 灾害防治及应急管理支出 35908.07 = its one 款 22401 (line 201).
  const cls = ws.getRow(at('224')).getCell(3).value as { formula: string };
  assert.equal(cls.formula, `SUM(C${at('22401')})`);
  // Line 201: 22401 prints 35908.07 but its seven 项 (lines 202–208) add up to 35908.08 (尾差): the printed value
  // stays, not a formula that would change it.
  assert.equal(ws.getRow(at('22401')).getCell(3).value, 35908.07);
  // An item is a number: line 202, 2240101 行政运行 4518.27.
  assert.equal(ws.getRow(at('2240101')).getCell(3).value, 4518.27);
  // Table 12 (line 426): the unit row 山西省应急管理厅 23833.26 sums its seven projects (lines 427–433).
  const projects = wb.worksheets.find((w) => w.name === '项目支出预算表（本年预算）');
  assert.ok(projects);
  const formulas = [...cellsOf(projects).values()].filter((v) => v.startsWith('=SUM'));
  assert.ok(formulas.some((f) => f.endsWith('(23833.26)')));
  assert.ok(formulas.some((f) => f.endsWith('(24852.19)')));
});

test('山西 2026 → DOCX: real tables with repeated header rows, landscape sections for wide tables, the narrative', async () => {
  const files = unzipSync(await publishDocx(tree()));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  assert.ok((xml.match(/<w:tbl>/g) ?? []).length >= 13 + 16);
  assert.match(xml, /<w:tblHeader\/>/);
  assert.match(xml, /w:orient="landscape"/);
  assert.match(xml, /2026年预算收支总表/);
  // Line 135 收入总计 37420.03 in table 1 and in the narrative (section 一).
  assert.match(xml, />37420\.03</);
  assert.match(xml.replace(/<[^>]+>/g, ''), /预算收入总计37420\.03万元/);
});
