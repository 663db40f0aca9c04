import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutTextOf } from '../../test/layout-text.js';
import { corpusText } from '../../test/corpus.js';
import { readLayoutText } from './layout/index.js';
import { readTsvText } from './lines/tsv.js';
import { tocLineIndexes } from './toc.js';

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
