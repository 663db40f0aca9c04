import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProjectForm } from '../../model/index.js';
import { freshCorpusDocument, projectFormOf } from '../../../test/corpus-document.js';
import { formCostIndicatorMatchesFunding } from './form-cost-indicator-matches-funding.js';

const DOCS = ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt'];

/** Set the value of a named indicator in both halves. */
function setIndicator(form: ProjectForm, name: string, value: string, number: string): void {
  for (const i of [...form.indicators.period, ...form.indicators.year].filter((x) => x.name === name)) {
    i.value = value;
    if (i.measure) i.measure.number = number;
  }
}

// Checked by hand: where a form's only money 成本指标 names the project it equals the funding, e.g. 阳泉 临时聘用人员劳务费
// “聘用临时人员、见习生劳务费 6.6万元” (line 767) and 66,000 元 (line 750); 晋中 救护大队聘用人员经费3 “≤1198200元” (line 355)
// and 1,198,200 (line 337). Part costs are left alone: 山西 会议培训项目 “会场费 ≤12万元” (line 1019) of 361,100 元, 阳泉
// 应急救援综合保障经费 班中餐 200000元 beside 通信费 3200元 (lines 1268–1269).
test('corpus: no whole-project cost indicator disagrees with its funding', () => {
  for (const name of DOCS) assert.deepEqual(formCostIndicatorMatchesFunding.check(freshCorpusDocument(name)), [], name);
});

test('an equality that differs from the funding is a warning, reported once for halves printed side by side', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  setIndicator(projectFormOf(doc, '临时聘用人员劳务费'), '聘用临时人员、见习生劳务费', '7.4万元', '7.4');
  const fs = formCostIndicatorMatchesFunding.check(doc);
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.params['kind'], 'differs');
  assert.equal(f?.expected, '66000');
  assert.equal(f?.actual, '74000');
  assert.equal(f?.location.line, 767);
});

test('a ceiling below the funding is a warning; a ceiling at the funding passes', () => {
  const doc = freshCorpusDocument('jinzhong-emergency-2022-performance-targets.txt');
  const form = projectFormOf(doc, '救护大队聘用人员经费3(共4)');
  const [year] = form.indicators.year.filter((i) => i.level2 === '成本指标');
  assert.ok(year?.measure);
  year.measure.number = '1000000';
  const fs = formCostIndicatorMatchesFunding.check(doc);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['funding'], f.expected, f.actual]), [['ceiling-below-funding', 'year', '1198200', '1000000']]);
});

test('unit costs and costs of a part are not compared with the funding', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  // 专家补助 260元/人/天 (line 800) is a daily rate, not the 400,000 元 of the project.
  const expert = projectFormOf(doc, '聘用安全生产专家经费');
  for (const i of expert.indicators.year) if (i.measure) i.measure.unit = '元';
  assert.deepEqual(formCostIndicatorMatchesFunding.check(doc), []);
});
