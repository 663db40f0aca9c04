import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { chineseOrdinal, classListComplete } from './class-list-complete.js';

const YQ = 'yangquan-emergency-2026-budget.txt';

function read(text: string, name: string): Document {
  const r = readText(text, name);
  assert.ok(r.ok);
  if (!r.ok) throw new Error('unreadable');
  return r.document;
}

/** The text without the line (1-based) whose content starts with the given label. */
function without(text: string, line: number, label: string): string {
  const lines = text.split('\n');
  assert.ok(lines[line - 1]?.replace(/\s/g, '').startsWith(label), `line ${line} is ${lines[line - 1]}`);
  return [...lines.slice(0, line - 1), ...lines.slice(line)].join('\n');
}

const kinds = (d: Document): string[][] => classListComplete.check(d).map((f) => [f.params['kind'] ?? '', f.expected ?? '', f.actual ?? '']);

test('reads Chinese ordinals', () => {
  assert.deepEqual(['一', '九', '十', '十一', '二十', '二十九', '三十'].map(chineseOrdinal), [1, 9, 10, 11, 20, 29, 30]);
  assert.equal(chineseOrdinal('十十'), undefined);
  assert.equal(chineseOrdinal('二三'), undefined);
});

test('corpus: the summary tables of the four text documents and both Shanghai PDFs are complete', () => {
  // Checked by hand: 阳泉 2026 预算收支总表 lines 74–104 run 一、一般公共服务支出 … 三十、抗疫特别国债安排的支出; its
  // 财政拨款收支总表 prints two income lists 一…三 (本年收入, 上年结转); the finals list 26 类 (阳泉) and 24 (上海,
  // 二十二、灾害防治及应急管理支/出 wrapped), both ending with 抗疫特别国债安排的支出.
  for (const name of [YQ, 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'datong-emergency-2025-unit-budget.md']) {
    assert.deepEqual(classListComplete.check(read(corpusText(name), name)), [], name);
  }
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    assert.deepEqual(classListComplete.check(read(layoutTextOf(pdf), pdf.replace(/pdf$/, 'txt'))), [], pdf);
  }
});

test('a blank 类 left out of the 预算收支总表 leaves a gap in the ordinals', () => {
  // 阳泉 2026 line 96: 二十二、国有资本经营预算支出, blank.
  const d = read(without(corpusText(YQ), 96, '二十二、国有资本经营预算支出'), YQ);
  const fs = classListComplete.check(d);
  assert.deepEqual(kinds(d), [['gap', '二十二', '二十三']]);
  assert.equal(fs[0]?.severity, 'warning');
  assert.equal(fs[0]?.location.line, 96);
});

test('the last 类 left out of a full list: the list stops before 234', () => {
  // 阳泉 2026 line 104: 三十、抗疫特别国债安排的支出, the last row of the list.
  const d = read(without(corpusText(YQ), 104, '三十、抗疫特别国债安排的支出'), YQ);
  assert.deepEqual(kinds(d), [['list-end', '234', '233']]);
});

test('the first income source of the second list left out of the 财政拨款收支总表', () => {
  // 阳泉 2026 财政拨款收支总表: income 一…三 (lines 201–203), then under 上年结转 一、一般公共预算 (line 234) …
  const d = read(without(corpusText(YQ), 234, '一、一般公共预算'), YQ);
  const fs = classListComplete.check(d);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['side'], f.expected, f.actual]), [['out-of-order', 'income', '四', '二']]);
});

test('a 类 in the Shanghai final-accounts list (wrapped names) left out', () => {
  // 上海普陀规划 2024 财政拨款收入支出决算总表, layout line 379: 二十三、其他支出, alone on its line.
  const pdf = 'shanghai-putuo-planning-2024-final-accounts.pdf';
  const d = read(without(layoutTextOf(pdf), 379, '二十三、其他支出'), pdf.replace(/pdf$/, 'txt'));
  assert.deepEqual(kinds(d), [['gap', '二十三', '二十四']]);
});
