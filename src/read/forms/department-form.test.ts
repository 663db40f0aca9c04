// 整体支出绩效目标申报表 of 阳泉 2026 (line 528) and 山西 2026 (line 543), read by hand (tabs shown as →).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { field, readCorpus, readText } from './testkit.js';

test('阳泉: department facts, budget by source and by use, tasks, 年度绩效目标', () => {
  const r = readCorpus('yangquan-emergency-2026-budget.txt');
  assert.equal(r.departmentTargets.length, 1);
  const d = r.departmentTargets[0]!;
  assert.equal(d.title, '市级预算部门（单位）整体支出绩效目标申报表');
  assert.equal(d.year, 2026); // 530 (2026)年度
  // 532 部门基本信息→部门名称→035-阳泉市应急管理局
  assert.equal(d.departmentName, '阳泉市应急管理局');
  assert.equal(field(d, '部门名称').value, '035-阳泉市应急管理局');
  assert.equal(field(d, '部门名称').pos.line, 532);
  // 533 →内设职能部门数→16个→所属预算单位数→6个 ; 534 →核定的人员编制数→277人→实际在职人员总数→249人
  assert.deepEqual(['内设职能部门数', '所属预算单位数', '核定的人员编制数', '实际在职人员总数'].map((l) => field(d, l).value), ['16个', '6个', '277人', '249人']);
  // 535 →→→其中:在编人员数→249人 ; 536 →→→其他人员数→0人
  assert.equal(field(d, '在编人员数').value, '249人');
  assert.equal(field(d, '其他人员数').value, '0人');
  assert.match(field(d, '部门职责').value, /^阳泉市应急管理局是市人民政府工作部门/); // 537
  assert.match(field(d, '部门战略目标').value, /^以推进应急管理治理模式向前预防转型为主线/); // 538
  // 540 →合计→4558.02→合计→4558.02 ; 541 →其中:一般公共预算资金→4558.02→其中:基本支出→3915.63 ; 546 →单位资金→0.00
  assert.deepEqual(d.fundingBySource.map((f) => f.label), ['合计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '社会保险基金预算资金', '专户管理资金', '单位资金']);
  assert.deepEqual(d.fundingBySource[1]?.amount, { raw: '4558.02', value: '4558.02', unit: '万元' });
  assert.equal(d.fundingBySource[1]?.pos.line, 541);
  // 542 →政府性基金预算资金→0.00→项目支出→642.39
  assert.deepEqual(d.fundingByUse.map((f) => [f.label, f.amount?.value]), [['合计', '4558.02'], ['基本支出', '3915.63'], ['项目支出', '642.39']]);
  // 548 →安全生产监管职能→加强全市煤矿瓦斯、水害、顶板灾害治理，有效遏制各类煤矿事故发生 … 556
  assert.equal(d.tasks.length, 9);
  assert.deepEqual(d.tasks[0], { function: '安全生产监管职能', task: '加强全市煤矿瓦斯、水害、顶板灾害治理，有效遏制各类煤矿事故发生', pos: d.tasks[0]!.pos });
  assert.equal(d.tasks[0]?.pos.line, 548);
  assert.equal(d.tasks[7]?.task, '重大及以上生产安全事故0起'); // 555
  // 557 holds the text whose label 年度绩效目标 opens the header row 558
  assert.match(field(d, '年度绩效目标').value, /^聚焦矿山、危险化学品、冶金工贸等重点行业领域/);
  assert.equal(field(d, '年度绩效目标').pos.line, 557);
});

test('阳泉: the department indicator tree with one column of values', () => {
  const d = readCorpus('yangquan-emergency-2026-budget.txt').departmentTargets[0]!;
  // 559 年度绩效→产出指标→数量指标→工资发放人数→249人 … 577 满意度指标→服务对象满意度指标→各服务对象满意度→≥98%
  assert.equal(d.indicators.length, 19);
  assert.deepEqual([d.indicators[0]?.level1, d.indicators[0]?.level2, d.indicators[0]?.name, d.indicators[0]?.value], ['产出指标', '数量指标', '工资发放人数', '249人']);
  // 568 →→→时效指标→各项目完成时间→2025年底前→ (shifted right): a deadline, not a measure
  const due = d.indicators.find((i) => i.pos.line === 568);
  assert.deepEqual([due?.level2, due?.name, due?.value, due?.measure], ['时效指标', '各项目完成时间', '2025年底前', undefined]);
  // 570 →→→→冬春受灾群众救助标准→≥130元/人→
  assert.deepEqual(d.indicators.find((i) => i.pos.line === 570)?.measure, { op: '≥', number: '130', unit: '元/人' });
  // 575 生态效益指标→降低各类灾害和生产事故对生态环境的影响→有效降低
  const eco = d.indicators.find((i) => i.pos.line === 575);
  assert.deepEqual([eco?.level1, eco?.level2, eco?.value, eco?.measure], ['效益指标', '生态效益指标', '有效降低', undefined]);
  const last = d.indicators[d.indicators.length - 1];
  assert.deepEqual([last?.level1, last?.level2, last?.name, last?.value], ['满意度指标', '服务对象满意度指标', '各服务对象满意度', '≥98%']);
});

test('山西: department facts, budget, one task, 51 indicators', () => {
  const r = readCorpus('shanxi-emergency-2026-budget.txt');
  assert.equal(r.departmentTargets.length, 1);
  const d = r.departmentTargets[0]!;
  assert.equal(d.title, '省级预算部门（单位）整体支出绩效目标申报表'); // 543
  assert.equal(d.year, 2026); // 545 （2026）年度
  assert.equal(d.departmentName, '山西省应急管理厅'); // 547 …→部门名称→220-山西省应急管理厅
  // 548 →内设职能部门数→28个→所属预算单位数→3个 ; 551 其他人员数→→→0人→ (label in the first column)
  assert.equal(field(d, '内设职能部门数').value, '28个');
  assert.equal(field(d, '其他人员数').value, '0人');
  assert.equal(field(d, '其他人员数').pos.line, 551);
  // 552 部门职责→<p>（一）负责应急管理工作… : the paragraph mark is dropped
  assert.match(field(d, '部门职责').value, /^（一）负责应急管理工作/);
  // 556 →其中：一般公共预算资金→31427.11→其中：基本支出→8570.08 ; 561 →单位资金→2231.46
  assert.equal(d.fundingBySource.find((f) => f.label === '一般公共预算资金')?.amount?.value, '31427.11');
  assert.equal(d.fundingBySource.find((f) => f.label === '单位资金')?.amount?.value, '2231.46');
  assert.deepEqual(d.fundingByUse.map((f) => f.amount?.value), ['33658.57', '8570.08', '25088.49']);
  // 564 →保障安全生产、防灾减灾→→<p>1. 通过组织特岗作业人员等完成培训任务…
  assert.equal(d.tasks.length, 1);
  assert.equal(d.tasks[0]?.function, '保障安全生产、防灾减灾');
  assert.match(d.tasks[0]?.task ?? '', /^1\. 通过组织特岗作业人员等完成培训任务/);
  // 565 年度绩效目标→<p>应急管理体制机制更加完善。…
  assert.match(field(d, '年度绩效目标').value, /^应急管理体制机制更加完善/);
  // 567–621: 9 + 1 (576, after the page break) + 8 + 10 + 8 + 1 + 4 + 4 + 3 + 3 indicators, counted by hand
  assert.equal(d.indicators.length, 51);
  // 576 安全生产培训人数→≥26100人→→→ (printed at the left edge, under 数量指标)
  const trained = d.indicators.find((i) => i.pos.line === 576);
  assert.deepEqual([trained?.level2, trained?.name, trained?.value], ['数量指标', '安全生产培训人数', '≥26100人']);
  // 604 →→决算公开及时性→及时→ (时效指标) ; 619 →满意度指标→服务对象满意度→单位工作人员满意度→≥90%
  assert.equal(d.indicators.find((i) => i.pos.line === 604)?.level2, '时效指标');
  assert.deepEqual(d.indicators.find((i) => i.pos.line === 619)?.measure, { op: '≥', number: '90', unit: '%' });
});

test('synthetic department form: label after the value, budget rows, indicators', () => {
  const text = [
    '某市市级预算部门（单位）整体支出绩效目标申报表',
    '(2026)年度',
    '部门基本信息\t部门名称\t001-某局',
    '年度预算情况\t按资金来源划分\t资金总额(万元)\t按资金方向划分\t资金总额(万元)',
    '\t合计\t10.50\t合计\t10.50',
    '\t其中:一般公共预算资金\t10.50\t其中:基本支出\t10.50',
    '年度重点任务\t核心职能\t重点任务',
    '\t监管\t检查企业',
    '全年检查企业不少于100家',
    '年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值',
    '\t产出指标\t数量指标\t检查企业数\t≥100家',
  ].join('\n');
  const d = readText(text).departmentTargets[0]!;
  assert.equal(d.departmentName, '某局');
  assert.deepEqual(d.fundingBySource.map((f) => f.amount?.value), ['10.50', '10.50']);
  assert.deepEqual(d.tasks.map((t) => [t.function, t.task]), [['监管', '检查企业']]);
  assert.equal(field(d, '年度绩效目标').value, '全年检查企业不少于100家');
  assert.deepEqual(d.indicators[0]?.measure, { op: '≥', number: '100', unit: '家' });
});
