import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { placeholders } from './placeholders.js';

const narrative = (sentence: string) => docFrom('阳泉市应急管理局', '2026年度部门预算公开', '', '第三部分 2026年度部门预算情况说明', '', '十二、其他说明', '', sentence);

test('filled text and bracketed document numbers pass', () => {
  assert.deepEqual(placeholders.check(narrative('依据《阳泉市人民政府办公室关于建立应急救援指挥体系的通知》(阳政办发[2019]65号)和晋财综【2024】37号执行。')), []);
  assert.deepEqual(placeholders.check(narrative('本部门使用XXL型号设备1台，Windows XP系统已停用。')), []);
});

test('XX, ××, 某某 and a bracketed slot left in the narrative are warnings at the slot', () => {
  // Columns counted by hand in the line: [单位名称] 0–6, XX 22–24, 某某 27–29, ×× 34–36; 收入5.00万元 anchors them.
  const fs = placeholders.check(narrative('[单位名称]2026年收入5.00万元，其中XX万元由某某科室负责，××项目结转。'));
  assert.deepEqual(fs.map((f) => [f.actual, f.severity, f.location.line, f.location.column?.start, f.location.column?.end, f.params['where']]), [
    ['[单位名称]', 'warning', 8, 0, 6, 'section'],
    ['XX', 'warning', 8, 22, 24, 'section'],
    ['某某', 'warning', 8, 27, 29, 'section'],
    ['××', 'warning', 8, 34, 36, 'section'],
  ]);
});

test('a placeholder in a table cell is located at its column', () => {
  const doc = docFrom('2026年预算收支总表', '单位：万元', T('项目', '合计'), T('XX支出', '5.00'));
  const [f, ...rest] = placeholders.check(doc);
  assert.equal(rest.length, 0);
  assert.deepEqual([f?.actual, f?.params['where'], f?.location.line, f?.location.column], ['XX', 'cell', 4, { start: 0, end: 2 }]);
});

test('corpus: the 晋中 2022 forms leave XX月XX日 in time indicators; nothing else has a placeholder', () => {
  const name = 'jinzhong-emergency-2022-performance-targets.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  // Read by hand (tab-separated cells; the period and year halves of an indicator row each count):
  // 123 “1月1日-12月31日之间XX月XX日-XX月XX日” | “1月1日--12月31日之间XX月XX日-XX月”; 288 “12月31日前XX月XX日前” (the year half
  // says only 12月31日前); 321 “1月1日--12月31日XX月XX日-XX月XX日” twice; 514 and 738 “12月31日前XX月XX日前”; 934 the same twice;
  // 1128 “12月31日前XX月XX日-XX月XX日” | “2022年12月31日前XX月XX日-XX月XX日”; 1385 “12月31日前完成XX月XX日-XX月XX日” twice.
  const lines = placeholders.check(r.document).map((f) => f.location.line);
  assert.deepEqual(lines, [123, 123, 288, 321, 321, 514, 738, 934, 934, 1128, 1128, 1385, 1385]);
  for (const other of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const d = readDocument(corpusBytes(other), other);
    assert.ok(d.ok);
    assert.deepEqual(placeholders.check(d.document), [], other);
  }
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const d = readText(layoutTextOf(pdf), pdf);
    assert.ok(d.ok);
    assert.deepEqual(placeholders.check(d.document), [], pdf);
  }
});
