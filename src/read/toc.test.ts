import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutTextOf } from '../../test/layout-text.js';
import { corpusText } from '../../test/corpus.js';
import { readLayoutText } from './layout/index.js';
import { readTsvText } from './lines/tsv.js';
import { readContents, tocLineIndexes } from './toc.js';

test('dotted TOC entries with page numbers are TOC lines; the body after them is not', () => {
  const { lines } = readTsvText(corpusText('yangquan-emergency-2026-budget.txt'), 'y');
  const toc = tocLineIndexes(lines);
  // line 7 “目 录”, line 13 “表一2026年预算收支总表.....→3”, line 42 “第四部分 名词解释.....→46”
  for (const no of [7, 13, 42]) assert.ok(toc.has(no - 1), `line ${no}`);
  // line 44 “第一部分 概况” starts the body (the first entry, line 9, printed again)
  assert.ok(!toc.has(43));
  // line 66 “2026年预算收支总表”, the real title of table 1
  assert.ok(!toc.has(65));
});

test('a TOC without page numbers stops at the first unnumbered title (Shanghai layout)', () => {
  const { lines } = readLayoutText(layoutTextOf('shanghai-putuo-commerce-2025-budget.pdf'), 's');
  const toc = tocLineIndexes(lines);
  const lineOf = (text: string): number => lines.findIndex((l) => l.text.replace(/\s+/g, '') === text);
  // “  1. 2025年部门财务收支预算总表” is an entry; “上海市普陀区商务委员会主要职能” is the first body heading.
  assert.ok(toc.has(lineOf('1.2025年部门财务收支预算总表')));
  assert.ok(toc.has(lineOf('七、项目经费情况说明')));
  assert.ok(!toc.has(lineOf('上海市普陀区商务委员会主要职能')));
});

test('contents entries keep their printed page and lose the leaders; a part title wrapped onto two lines is one entry', () => {
  const { lines } = readTsvText(corpusText('yangquan-emergency-2026-budget.txt'), 'y');
  const entries = readContents(lines, 'y');
  // line 13 “表一2026年预算收支总表.....→3”, line 38 “十一、国有资产占有使用情况.....→45”, line 42 “第四部分 名词解释.....→46”
  assert.deepEqual(entries.find((e) => e.pos.line === 13), { title: '表一2026年预算收支总表', page: 3, pos: { file: 'y', line: 13 } });
  assert.deepEqual(entries.find((e) => e.pos.line === 38)?.page, 45);
  assert.equal(entries[entries.length - 1]?.title, '第四部分名词解释');
  assert.equal(entries.length, 33);
  const planning = readLayoutText(layoutTextOf('shanghai-putuo-planning-2024-final-accounts.pdf'), 'p');
  const parts = readContents(planning.lines, 'p').filter((e) => e.title.startsWith('第三部分'));
  // “第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算” (line 35) and “情况说明” (line 37).
  assert.deepEqual(parts.map((e) => [e.title, e.pos.line, e.pos.endLine, e.page]), [['第三部分上海市普陀区规划和自然资源局2024年度部门决算情况说明', 35, 37, undefined]]);
});
