import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formIndicatorCategories } from './form-indicator-categories.js';

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};
const YQ = 'yangquan-emergency-2026-budget.txt';
const kinds = (doc: Document): string[] =>
  formIndicatorCategories.check(doc).map((f) => `${f.params['subject']}|${f.params['half']}|${f.params['category']}`);

// 阳泉 2026 first form (安全生产举报奖励经费, 600–608): 数量, 质量, 时效, 成本 under 产出; 社会效益; 服务对象满意度.
test('a complete tree passes, with variants such as 服务对象满意度 and 成本指标', () => {
  const doc = read(YQ);
  doc.forms.projects.splice(1);
  doc.forms.departmentTargets.length = 0;
  assert.deepEqual(formIndicatorCategories.check(doc), []);
  for (const i of doc.forms.projects[0]!.indicators.year) if (i.level2 === '成本指标') i.level2 = '经济成本指标';
  assert.deepEqual(formIndicatorCategories.check(doc), []);
});

test('a missing 一级 is reported once, and a missing 产出 二级 once per half', () => {
  const doc = read(YQ);
  doc.forms.projects.splice(1);
  doc.forms.departmentTargets.length = 0;
  const p = doc.forms.projects[0]!;
  p.indicators.year = p.indicators.year.filter((i) => i.level1 !== '满意度指标' && i.level2 !== '时效指标');
  p.indicators.period = p.indicators.period.filter((i) => i.level1 !== '产出指标');
  const fs = formIndicatorCategories.check(doc);
  assert.deepEqual(fs.map((f) => `${f.params['half']}|${f.params['kind']}|${f.params['category']}`), [
    'period|missing-level1|产出指标',
    'year|missing-level1|满意度指标',
    'year|missing-level2|产出指标·时效指标',
  ]);
  assert.equal(fs[0]?.severity, 'warning');
});

test('成本指标 is not required before 2021', () => {
  const doc = read(YQ);
  doc.forms.projects.splice(1);
  doc.forms.departmentTargets.length = 0;
  const p = doc.forms.projects[0]!;
  p.indicators.year = p.indicators.year.filter((i) => i.level2 !== '成本指标');
  assert.equal(kinds(doc).length, 1);
  p.year = 2020;
  assert.deepEqual(kinds(doc), []);
});

// Real gaps, read by hand in the documents.
test('corpus: 阳泉 2026 forms and the department-wide form with gaps in their trees', () => {
  assert.deepEqual(kinds(read(YQ)), [
    // 796–799: the year half's 时效指标 row is shifted (799 holds only the label in the last column).
    '聘用安全生产专家经费|year|产出指标·时效指标',
    // 1063: the period half files 按预算成本控制, 经费额度 … under 经济效益指标, the year half under 成本指标.
    '地震监测震防应急等综合运转经费|period|产出指标·成本指标',
    // 1110: `成本指标` row empty in both halves.
    '遗属补助|period|产出指标·成本指标',
    '遗属补助|year|产出指标·成本指标',
    // 1254–1275: only 产出 (数量, 质量, 成本) carries indicators; 效益/满意度 rows just repeat their own names.
    '应急救援综合保障经费|period|效益指标',
    '应急救援综合保障经费|period|满意度指标',
    '应急救援综合保障经费|period|产出指标·时效指标',
    '应急救援综合保障经费|year|效益指标',
    '应急救援综合保障经费|year|满意度指标',
    '应急救援综合保障经费|year|产出指标·时效指标',
    // 559–577: the department-wide form has no 质量指标 (its 合格率 lines sit under 数量指标).
    '市级预算部门（单位）整体支出绩效目标申报表|year|产出指标·质量指标',
  ]);
});

test('corpus: 大同 2025 prints an empty 成本指标 row in 10 of its 12 forms', () => {
  const fs = kinds(read('datong-emergency-2025-unit-budget.md'));
  assert.equal(fs.filter((k) => k.endsWith('成本指标')).length, 20);
  // 781: the year half of Z安全专项检查和聘请专家 has only the label 时效指标 (row shifted right).
  assert.deepEqual(fs.filter((k) => !k.endsWith('成本指标')), ['Z安全专项检查和聘请专家|year|产出指标·时效指标']);
  // 543: `成本指标` with neither indicator nor value in either half.
  assert.ok(fs.includes('J安委会工作经费|period|产出指标·成本指标'));
});

test('corpus: 山西 2026 and 晋中 2022', () => {
  assert.deepEqual(kinds(read('shanxi-emergency-2026-budget.txt')), [
    // 698 and 778: the `成本指标` rows are printed empty in both halves.
    '安全生产应急救援力量建设|period|产出指标·成本指标',
    '安全生产应急救援力量建设|year|产出指标·成本指标',
    '省级应急避难场所改造试点项目|period|产出指标·成本指标',
    '省级应急避难场所改造试点项目|year|产出指标·成本指标',
  ]);
  assert.deepEqual(kinds(read('jinzhong-emergency-2022-performance-targets.txt')), [
    // 220: `时效指标` row empty.
    '公用经费项目|period|产出指标·时效指标',
    // 707: the only 时效 row is shifted into the year columns.
    '煤矿特种人员考核经费|period|产出指标·时效指标',
    // 900–908: no 时效指标 row at all.
    '市政府聘请煤炭专家费1(共2)|period|产出指标·时效指标',
    '市政府聘请煤炭专家费1(共2)|year|产出指标·时效指标',
  ]);
});
