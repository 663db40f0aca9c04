import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusText } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { basicDetailListComplete } from './basic-detail-list-complete.js';

const YQ = 'yangquan-emergency-2024-final-accounts.txt';
const SH = 'shanghai-putuo-planning-2024-final-accounts.pdf';

function read(text: string, name: string): Document {
  const r = readText(text, name);
  if (!r.ok) throw new Error('unreadable');
  return r.document;
}

/** The text with one printed cell group (code and name) blanked on a line, as when a side-by-side row is lost. */
function blanked(text: string, line: number, cells: string): string {
  const lines = text.split('\n');
  assert.ok(lines[line - 1]?.includes(cells), `line ${line} is ${lines[line - 1]}`);
  lines[line - 1] = (lines[line - 1] ?? '').replace(cells, cells.replace(/[^\t]/g, ''));
  return lines.join('\n');
}

const found = (d: Document): string[][] => basicDetailListComplete.check(d).map((f) => [f.severity, f.params['class'] ?? '', f.expected ?? '']);

test('corpus: both 基本支出决算明细表 print the full list under each 类 they print', () => {
  // 阳泉 2024 公开06 (lines 368–397) prints all 10 类 with every 款 of the catalogue; 上海普陀规划 2024 prints 301, 302,
  // 303 and 310, its 310 without the capital-construction block 31005/31006/31008–31012 (layout lines 517–532).
  assert.deepEqual(basicDetailListComplete.check(read(corpusText(YQ), YQ)), []);
  assert.deepEqual(basicDetailListComplete.check(read(layoutTextOf(SH), 'sh.txt')), []);
});

test('a blank 款 lost from 阳泉 公开06 (line 372: 30106 伙食补助费)', () => {
  assert.deepEqual(found(read(blanked(corpusText(YQ), 372, '30106\t伙食补助费'), YQ)), [['warning', '301 工资福利支出', '30106']]);
});

test('one 款 of the 310 capital-construction block lost where the table prints the block (阳泉 line 391: 31005)', () => {
  assert.deepEqual(found(read(blanked(corpusText(YQ), 391, '31005\t基础设施建设'), YQ)), [['warning', '310 资本性支出', '31005']]);
});

test('a 款 lost from the Shanghai table (layout line 532: 31099 其他资本性支出)', () => {
  const lines = layoutTextOf(SH).split('\n');
  assert.ok(lines[531]?.includes('31099'));
  const d = read([...lines.slice(0, 531), ...lines.slice(532)].join('\n'), 'sh.txt');
  assert.deepEqual(found(d), [['warning', '310 资本性支出', '31099']]);
});
