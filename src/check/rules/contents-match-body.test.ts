import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { T, docFrom } from '../testkit.js';
import { contentsMatchBody } from './contents-match-body.js';

const table = (title: string) => [title, '单位：万元', T('项目', '合计'), T('合计', '5.00'), ''];
const doc = (toc: string[], tables: string[], sections: string[]) =>
  docFrom(
    '阳泉市应急管理局',
    '2026年度部门预算公开',
    '',
    '目 录',
    ...toc.map((e) => `${e}.....\t3`),
    '',
    '第二部分 2026年部门预算报表',
    '',
    ...tables.flatMap(table),
    '第三部分 2026年度部门预算情况说明',
    '',
    ...sections.flatMap((s) => [s, '', '本年收入5.00万元。', '']),
  );

const TOC = ['第二部分 2026年部门预算报表', '表一2026年预算收支总表', '表二2026年预算收入总表', '表三2026年预算支出总表', '第三部分 2026年度部门预算情况说明', '一、部门预算收支数据变动情况及原因', '十二、其他重要事项说明'];
const TABLES = ['2026年预算收支总表', '2026年预算收入总表', '2026年预算支出总表'];
const SECTIONS = ['一、部门预算收支数据变动情况及原因', '十二、其他重要事项的情况说明'];

test('every entry found in the body passes, also a heading worded a little differently under the same number', () => {
  assert.deepEqual(contentsMatchBody.check(doc(TOC, TABLES, SECTIONS)), []);
});

test('a listed table missing from the body is a warning at its entry; a similar title is not the same table', () => {
  const fs = contentsMatchBody.check(doc(TOC, ['2026年预算收支总表', '2026年预算支出总表'], SECTIONS));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['subject'], f.severity, f.location.line]), [['entry-not-in-body', '表二2026年预算收入总表', 'warning', 7]]);
});

test('a listed section missing from the body is a warning', () => {
  const fs = contentsMatchBody.check(doc(TOC, TABLES, ['一、部门预算收支数据变动情况及原因']));
  assert.deepEqual(fs.map((f) => f.params['subject']), ['十二、其他重要事项说明']);
});

test('a body table the contents do not list is a warning at the table', () => {
  const fs = contentsMatchBody.check(doc(TOC, [...TABLES, '2026年财政拨款收支总表'], SECTIONS));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['subject']]), [['table-not-in-contents', '2026年财政拨款收支总表']]);
});

test('a document without contents is not checked', () => {
  assert.deepEqual(contentsMatchBody.check(docFrom(...table('2026年预算收支总表'))), []);
});

test('corpus: every contents entry is in the body and every table is listed', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    assert.ok((r.document.contents?.length ?? 0) >= 25, name);
    assert.deepEqual(contentsMatchBody.check(r.document), [], name);
  }
  // Shanghai: 七、项目经费情况说明 stands for the four “…专项经费情况说明” headings; 十一、其他重要事项说明 for
  // “十一、其他重要事项的情况说明” (planning, pdftotext line 911).
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const r = readText(layoutTextOf(pdf), pdf);
    assert.ok(r.ok);
    assert.ok((r.document.contents?.length ?? 0) >= 16, pdf);
    assert.deepEqual(contentsMatchBody.check(r.document), [], pdf);
  }
});
