import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { readDocument } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { codeNamedConsistently } from './code-named-consistently.js';

const tables = (name3: string, name1: string): string[] => [
  '2026年预算收入总表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '一般公共预算'),
  T('合计', '', '8.00', '8.00'),
  T('224', '灾害防治及应急管理支出', '8.00', '8.00'),
  T('22401', '应急管理事务', '8.00', '8.00'),
  T('2240101', '行政运行', '8.00', '8.00'),
  '2026年预算支出总表',
  '单位：万元',
  T('科目编码', '科目名称', '合计', '基本支出', '项目支出'),
  T('合计', '', '8.00', '8.00', ''),
  T('224', name1, '8.00', '8.00', ''),
  T('22401', '应急管理事务', '8.00', '8.00', ''),
  T('2240101', name3, '8.00', '8.00', ''),
];

test('passes when names agree up to spaces, ordinals and (类) suffixes', () => {
  assert.deepEqual(codeNamedConsistently.check(docFrom(...tables('行政 运行', '二十二、灾害防治及应急管理支出(类)'))), []);
});

test('reports the differing occurrence and points at the first one', () => {
  const d = docFrom(...tables('一般行政管理事务', '灾害防治及应急管理支出'));
  const fs = codeNamedConsistently.check(d);
  const first = d.tables.flatMap((t) => t.rows).find((r) => r.code === '2240101');
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['code'], f.expected, f.actual, f.severity]), [
    ['name-differs', '2240101', '行政运行', '一般行政管理事务', 'warning'],
  ]);
  assert.deepEqual(fs[0]?.related, [first?.pos]);
});

test('corpus: 阳泉 2024 final accounts names every code the same in all tables', () => {
  // Checked by hand: 208/20805/2080501 read 社会保障和就业支出/行政事业单位养老支出/行政单位离退休 at lines
  // 162–164, 217–219 and 321–322; a script over all coded rows found no code with two names in any document.
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  if (!r.ok) return;
  const lines = r.document.tables.flatMap((t) => t.rows).filter((x) => x.code === '20805').map((x) => x.pos.line);
  assert.ok(lines.includes(163) && lines.includes(218) && lines.includes(322));
  assert.deepEqual(codeNamedConsistently.check(r.document), []);
});
