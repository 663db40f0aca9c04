import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TEXT_DOCS, corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { codeChildrenPresent } from './code-children-present.js';

function read(text: string, name: string): Document {
  const r = readText(text, name);
  if (!r.ok) throw new Error('unreadable');
  return r.document;
}

function without(text: string, line: number, label: string): string {
  const lines = text.split('\n');
  assert.ok(lines[line - 1]?.trim().startsWith(label), `line ${line} is ${lines[line - 1]}`);
  return [...lines.slice(0, line - 1), ...lines.slice(line)].join('\n');
}

const found = (d: Document): string[][] => codeChildrenPresent.check(d).map((f) => [f.severity, f.params['kind'] ?? '', f.actual ?? '', f.params['table'] ?? '']);

const table = (...rows: string[]): Document =>
  docFrom('2026年预算支出总表', '单位：万元', T('科目编码', '科目名称', '合计', '基本支出', '项目支出'), T('合计', '', '8.00', '8.00', ''), ...rows);

test('passes when every 款 has a 项 and every 类 a 款; a table that stops at 款 needs no 项', () => {
  assert.deepEqual(codeChildrenPresent.check(table(T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22401', '应急管理事务', '8.00', '8.00', ''), T('2240101', '行政运行', '8.00', '8.00', ''))), []);
  assert.deepEqual(codeChildrenPresent.check(table(T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''), T('22401', '应急管理事务', '8.00', '8.00', ''))), []);
});

test('reports a 款 without 项 in a table that prints 项', () => {
  const d = table(
    T('224', '灾害防治及应急管理支出', '8.00', '8.00', ''),
    T('22401', '应急管理事务', '5.00', '5.00', ''),
    T('2240101', '行政运行', '5.00', '5.00', ''),
    T('22407', '自然灾害救灾及恢复重建支出', '3.00', '3.00', ''),
  );
  assert.deepEqual(found(d), [['warning', 'section', '22407', '2026年预算支出总表']]);
});

test('corpus: every table of every document prints its parents with children', () => {
  // Checked by hand on the 阳泉 2026 budget: e.g. 21007 计划生育事务 (line 171) has 2100799 (line 172).
  for (const name of TEXT_DOCS) assert.deepEqual(codeChildrenPresent.check(read(corpusText(name), name)), [], name);
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    assert.deepEqual(codeChildrenPresent.check(read(layoutTextOf(pdf), pdf.replace(/pdf$/, 'txt'))), [], pdf);
  }
});

test('the only 项 of a 款 lost (阳泉 2026 line 172: 2100799, only child of 21007)', () => {
  const name = 'yangquan-emergency-2026-budget.txt';
  assert.deepEqual(found(read(without(corpusText(name), 172, '2100799'), name)), [['warning', 'section', '21007', '2026年预算支出总表']]);
});

test('the only 款 of an economic 类 lost (上海普陀商务 2025 layout line 356: 310 02 办公设备购置)', () => {
  const pdf = 'shanghai-putuo-commerce-2025-budget.pdf';
  const d = read(without(layoutTextOf(pdf), 356, '310   02'), pdf.replace(/pdf$/, 'txt'));
  assert.deepEqual(found(d).map(([s, k, c]) => [s, k, c]), [['warning', 'class', '310']]);
});

test('a table whose only 项 is lost goes as deep as the document (阳泉 2024 公开07 line 417: 2290401 under 22904)', () => {
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  assert.deepEqual(found(read(without(corpusText(name), 417, '2290401'), name)), [['warning', 'section', '22904', '政府性基金预算财政拨款收入支出决算表']]);
});
