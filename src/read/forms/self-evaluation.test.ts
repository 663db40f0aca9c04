// 阳泉市部门（单位）整体支出绩效自评表 in yangquan-emergency-2024-final-accounts.txt (648–714), read by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { field, readCorpus, readText } from './testkit.js';

const NAME = 'yangquan-emergency-2024-final-accounts.txt';
const form = (): NonNullable<ReturnType<typeof readCorpus>['selfEvaluations'][number]> => readCorpus(NAME).selfEvaluations[0]!;

test('self-evaluation: fields', () => {
  assert.equal(readCorpus(NAME).selfEvaluations.length, 1);
  const f = form();
  assert.equal(f.title, '阳泉市部门（单位）整体支出绩效自评表');
  assert.equal(f.year, 2024); // 650 (2024年度)
  assert.equal(f.pos.line, 646); // 附件2
  // 656 部门基本信息→部门名称:阳泉市应急管理局
  assert.equal(f.departmentName, '阳泉市应急管理局');
  assert.equal(field(f, '部门名称').pos.line, 656);
  // 657 →内设职能部门: 16个→下属预算单位 6个
  assert.equal(field(f, '内设职能部门').value, '16个');
  assert.equal(field(f, '下属预算单位').value, '6个');
  // 658 →核定的人员编制数 277人; 其中, 局本级43人; 二级机构234人。→实际在职人员总数247人; …
  assert.match(field(f, '核定的人员编制数').value, /^277人; 其中, 局本级43人/);
  assert.match(field(f, '实际在职人员总数').value, /^247人/);
  assert.match(field(f, '部门职能职责概述').value, /^\(一\) 负责应急管理工作/); // 659
  // 709 →组长→王植彬→副局长→市应急管理局
  assert.equal(field(f, '组长').value, '王植彬 副局长 市应急管理局');
  assert.equal(field(f, '填报人').value, ''); // 712 填报人:
  assert.equal(field(f, '存在问题与整改措施').value, ''); // 707
});

test('self-evaluation: income and spending in 万元', () => {
  const f = form();
  // 663 →收入合计→6061.1→支出合计→6061.1 ; 664 →其中: 上年结转→→其中: 基本支出→3741.61 ; 665 →公共财政拨款→5814.32→项目支出→2319.49
  assert.deepEqual(f.income.map((i) => [i.label, i.amount?.value]), [
    ['收入合计', '6061.1'],
    ['上年结转', undefined],
    ['公共财政拨款', '5814.32'],
    ['政府基金拨款', '246.78'],
    ['纳入专户管理的非税收入拨款', undefined],
    ['其他收入', undefined],
  ]);
  assert.deepEqual(f.spending.map((i) => [i.label, i.amount?.value]), [
    ['支出合计', '6061.1'],
    ['基本支出', '3741.61'],
    ['项目支出', '2319.49'],
    ['结余', undefined],
  ]);
  assert.equal(f.income[0]?.amount?.unit, '万元');
  assert.equal(f.spending[1]?.pos.line, 664);
});

test('self-evaluation: part scores, total and grade (10 + 50 + 28 + 9 = 97)', () => {
  const f = form();
  // 669 执行情况(10分)→10 ; 672 产出指标 (50分)…→50 ; 690 →效益指标 (30分)…→28 ; 700 →满意度指标 (10分)…→9
  assert.deepEqual(f.scores.map((s) => [s.part, s.max, s.score, s.pos.line]), [
    ['执行情况', '10', '10', 669],
    ['产出指标', '50', '50', 672],
    ['效益指标', '30', '28', 690],
    ['满意度指标', '10', '9', 700],
  ]);
  // 703 →总分→→→→→→97
  assert.equal(f.total?.score, '97');
  assert.equal(f.total?.pos.line, 703);
  // 705 自评结论及整体运行绩效情况分析→→2024年整体支出绩效自评等级为优, …
  assert.equal(f.grade?.grade, '优');
  assert.equal(f.grade?.pos.line, 705);
});

test('self-evaluation: indicators with target, actual and inherited levels', () => {
  const f = form();
  // 672 … 700, task numbers (任务1) skipped; placeholders 691, 696, 698, 699, 701, 702 skipped
  assert.equal(f.indicators.length, 24);
  // 672 产出指标 (50分)→数量指标→→任务1→工资发放人数→247人→247人→→50
  const first = f.indicators[0]!;
  assert.deepEqual([first.level1, first.level2, first.name, first.value, first.actual], ['产出指标', '数量指标', '工资发放人数', '247人', '247人']);
  // 677 →质量指标→→任务1→参与各项演练成员覆盖率→95%→96%
  const q = f.indicators.find((i) => i.pos.line === 677);
  assert.deepEqual([q?.level2, q?.value, q?.actual, q?.measure], ['质量指标', '95%', '96%', { number: '95', unit: '%' }]);
  // 685 绩效指标→成本指标→任务1→聘请安全专家费用→260元/人/天→完成 (after the page break, under 产出指标)
  const cost = f.indicators.find((i) => i.pos.line === 685);
  assert.deepEqual([cost?.level1, cost?.level2, cost?.name, cost?.value, cost?.actual], ['产出指标', '成本指标', '聘请安全专家费用', '260元/人/天', '完成']);
  // 697 →→可持续性影响指标→任务1→处置全市突发性、灾难性事→持续提升→完成
  assert.equal(f.indicators.find((i) => i.pos.line === 697)?.level2, '可持续性影响指标');
  // 700 …→服务对象满意度指标→任务1→各服务对象满意度→≥98%→完成→9
  const sat = f.indicators.find((i) => i.pos.line === 700);
  assert.deepEqual([sat?.level1, sat?.name, sat?.value, sat?.actual, sat?.reason], ['满意度指标', '各服务对象满意度', '≥98%', '完成', undefined]);
});

test('synthetic self-evaluation: a reason column, grade 良', () => {
  const text = [
    '某市部门（单位）整体支出绩效自评表',
    '(2025年度)',
    '执行情况(10分)\t9',
    '绩效目标自评情况',
    '\t一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t未完成原因和改进措施\t自评得分',
    '产出指标 (50分)\t数量指标\t检查次数\t10次\t8次\t人手不足\t40',
    '\t总分\t\t\t\t\t\t85',
    '自评结论及整体运行绩效情况分析\t2025年自评等级为良。',
  ].join('\n');
  const f = readText(text).selfEvaluations[0]!;
  assert.deepEqual(f.scores.map((s) => [s.part, s.score]), [['执行情况', '9'], ['产出指标', '40']]);
  assert.equal(f.indicators[0]?.reason, '人手不足');
  assert.equal(f.indicators[0]?.actual, '8次');
  assert.equal(f.total?.score, '85');
  assert.equal(f.grade?.grade, '良');
});
