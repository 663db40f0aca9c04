import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { formYearsMatch, timeFrames } from './form-years-match.js';

const read = (name: string): Document => {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return r.document;
};
const spans = (s: string): string[] => timeFrames(s).map((x) => `${x.from}-${x.to}`);

test('time frames: deadlines, months, spans and plans count; citations and what a sum pays for do not', () => {
  assert.deepEqual(spans('2025年12月底前完成'), ['2025-2025']);
  assert.deepEqual(spans('2025年年底前完工'), ['2025-2025']);
  assert.deepEqual(spans('治本攻坚三年行动(2026—2028)'), ['2026-2028']);
  assert.deepEqual(spans('项目完成时间 2023年-2025年'), ['2023-2025']);
  assert.deepEqual(spans('完成2024年税金及附加的缴纳'), ['2024-2024']);
  assert.deepEqual(spans('按照中心2025年工作任务和计划逐步推进'), ['2025-2025']);
  assert.deepEqual(spans('《山西省人民政府关于做好2023年安全生产工作的通知》(晋政发〔2023〕1号)'), []);
  assert.deepEqual(spans('支付2025年应急演练费用2.5万元'), []);
  assert.deepEqual(spans('其中28.265万元为2025年度未支付飞行费用'), []);
  assert.deepEqual(spans('省应急厅航空护林站成立于2021年12月'), []);
  assert.deepEqual(spans('市级煤矿安全监管专员2021年度考核结果'), []);
});

test('a 2026 form: the year half must name 2026, the period half no year already over', () => {
  const doc = read('yangquan-emergency-2026-budget.txt');
  doc.forms.projects.splice(1);
  doc.forms.departmentTargets.length = 0;
  const p = doc.forms.projects[0]!;
  assert.deepEqual(formYearsMatch.check(doc), []);
  p.goals.year = { ...p.goals.year!, value: '2026年12月底前完成举报核查。' };
  p.goals.period = { ...p.goals.period!, value: '2026—2028年持续开展,2027年底前建成举报平台。' };
  assert.deepEqual(formYearsMatch.check(doc), []);
  p.goals.year = { ...p.goals.year, value: '2025年12月底前完成举报核查。' };
  p.goals.period = { ...p.goals.period, value: '2024年底前建成举报平台。' };
  const fs = formYearsMatch.check(doc);
  assert.deepEqual(fs.map((f) => `${f.params['half']}:${f.params['field']}:${f.actual}`), ['year:年度目标:2025', 'period:实施期目标:2024']);
  assert.equal(fs[0]?.severity, 'warning');
  assert.equal(fs[0]?.expected, '2026');
  // A later year is fine for the period (a multi-year project), not for the year.
  p.goals.year = { ...p.goals.year, value: '2027年底前完成举报核查。' };
  p.goals.period = { ...p.goals.period, value: '2027年底前建成举报平台。' };
  assert.deepEqual(formYearsMatch.check(doc).map((f) => f.params['half']), ['year']);
});

const found = (name: string): string[] => formYearsMatch.check(read(name)).map((f) => `${f.location.line}:${f.params['half']}:${f.params['field']}:${f.actual}`);

// Each read by hand: all are texts of 2026 forms left over from earlier years.
test('corpus: stale years in 阳泉 2026', () => {
  assert.deepEqual(found('yangquan-emergency-2026-budget.txt'), [
    // 1062 `项目完成时间 | 2023年-2025年` in both halves of 地震监测震防应急等综合运转经费.
    '1062:year:项目完成时间:2023-2025',
    '1062:period:项目完成时间:2023-2025',
    // 1209 plan of 应急执法综合经费: `2025年计划检查聘请专家60次，专家费用260元/人/天，需1.6万元`.
    '1209:period:项目实施计划:2025',
    // 568 department-wide form: `时效指标 | 各项目完成时间 | 2025年底前`.
    '568:year:各项目完成时间:2025',
  ]);
});

test('corpus: stale years in 山西 2026; none in 大同 2025 or 晋中 2022', () => {
  assert.deepEqual(found('shanxi-emergency-2026-budget.txt'), [
    // 769 plan of 省级应急避难场所改造试点项目: stages 2024年10月-2025年1月 … 项目验收阶段:2025年10月-.
    '769:period:项目实施计划:2024,2025',
    // 777 `改造建设时间 | 2025年年底前完工` in both halves.
    '777:year:改造建设时间:2025',
    '777:period:改造建设时间:2025',
    // 924 `按照中心2025年工作任务和计划逐步推进。`
    '924:period:项目实施计划:2025',
    // 958 `按照2022年项目支出预算实际实施。`
    '958:period:项目实施计划:2022',
    // 1080 / 1078 `完成2024年安全生产考试合格人员证件的制作 … 2024年初建立山西省网络学院培训平台 …`.
    '1080:period:实施期目标:2024',
    '1078:period:项目实施计划:2024',
  ]);
  assert.deepEqual(found('datong-emergency-2025-unit-budget.md'), []);
  // 732 `2022年底前购置` and the 2022年12月31日前 deadlines are the forms' own year.
  assert.deepEqual(found('jinzhong-emergency-2022-performance-targets.txt'), []);
});
