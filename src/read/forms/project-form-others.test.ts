// 大同 2025 (OCR markdown), 山西 2026 and 晋中 2022: expected values read by hand from the documents
// (the quoted lines show tabs as →).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../../model/index.js';
import { field, project, readCorpus } from './testkit.js';

const D = 'datong-emergency-2025-unit-budget.md';
const S = 'shanxi-emergency-2026-budget.txt';
const J = 'jinzhong-emergency-2022-performance-targets.txt';
const brief = (i: Indicator | undefined): string[] => (i ? [i.level1, i.level2, i.name, i.value] : []);
const at = (list: Indicator[], line: number): Indicator | undefined => list.find((i) => i.pos.line === line);

test('大同: header, funding and indicators of the first form', () => {
  const p = project(readCorpus(D), 'J安委会工作经费');
  assert.equal(p.year, 2025); // 524 (2025年度)
  // 526 项目名称→→J安委会工作经费
  assert.deepEqual(field(p, '项目名称').pos, { file: D, line: 526, column: { start: 6, end: 14 } });
  // 527 主管部门及代码→→114-大同市应急管理局[部门]→→实施单位→→大同市应急管理局
  assert.deepEqual(p.department, { code: '114', name: '大同市应急管理局[部门]' });
  assert.equal(p.implementer, '大同市应急管理局');
  assert.equal(p.period, '99年'); // 528
  // 529 项目资金 (元)→实施期资金总额:→400,000→→年度资金总额:→400,000
  assert.equal(p.funding.period?.total?.value, '400000');
  assert.equal(p.funding.year?.local?.raw, '400,000'); // 532
  assert.deepEqual(p.funding.period?.total?.pos, { file: D, line: 529, column: { start: 18, end: 25 } });
  // 532 →市县(区)财政资金→400,000→→市县(区)财政资金→400,000: 1 + 9 + 1 + 7 + 2 + 9 + 1 = 30.
  assert.deepEqual(p.funding.year?.local?.pos, { file: D, line: 532, column: { start: 30, end: 37 } });
  // 543 →产出指标→数量指标→满足检查、考核需求工作完成率→100%→…
  assert.deepEqual(brief(p.indicators.year[0]), ['产出指标', '数量指标', '满足检查、考核需求工作完成率', '100%']);
  // 546 成本指标 and 547 经济效益指标 are empty placeholders; 548 社会效益指标 保障安全生产事故下降率 保障
  assert.deepEqual(brief(p.indicators.period[3]), ['效益指标', '社会效益指标', '保障安全生产事故下降率', '保障']);
  assert.equal(p.indicators.period.length, 5);
  // These forms print no footer.
  assert.ok(!p.fields.some((f) => f.label === '负责人'));
});

test('大同: 项目日期, a missing year total, a satisfaction row without its 三级 name', () => {
  const r = readCorpus(D);
  // 561 项目属性→→经常性项目（长期开展）→→→项目日期→→99年
  assert.equal(project(r, 'J应急管理局残疾人保障金').period, '99年');
  // 576 →产出指标→数量指标→按照规定方法计算残保金→5.2万元
  assert.deepEqual(project(r, 'J应急管理局残疾人保障金').indicators.period[0]?.measure, { number: '5.2', unit: '万元' });
  // 860 项目资金(元)→→实施期资金总额:→→800,000→→年度资金总额:→ (blank year)
  const training = project(r, 'Z应急管理干部培训经费');
  assert.equal(training.funding.period?.total?.raw, '800,000');
  assert.equal(training.funding.year?.total, undefined);
  // 693 项目资金 (元)→实施期资金总额:→800,000→年度资金总额:→320,000
  const publicity = project(r, 'Z安全生产和宣传经费');
  assert.equal(publicity.funding.year?.total?.value, '320000');
  // 719 满意度指标→服务对象满意度→≥98%→服务对象满意度→≥98%: the value is kept, the name stays empty.
  assert.deepEqual(brief(at(publicity.indicators.period, 719)), ['满意度指标', '服务对象满意度', '', '≥98%']);
  // 716 提高火灾应急处置能力→→→提高100%→… (shifted left, 二级 inherited from 715 社会效益指标)
  assert.deepEqual(brief(at(publicity.indicators.year, 716)), ['效益指标', '社会效益指标', '提高火灾应急处置能力', '提高100%']);
});

test('大同: a 成本指标 row under 效益指标 and two competing 二级 cells', () => {
  const p = project(readCorpus(D), '2安全生产监管系统网络及网站运行维护费');
  // 750 效益指标→→成本指标→经济成本→→成本指标→经济成本→→ : 成本指标 belongs to 产出指标
  assert.deepEqual(brief(at(p.indicators.period, 750)), ['产出指标', '成本指标', '经济成本', '']);
  // 752 →→生态效益指标→社会效益指标→减少事故发生,保护人民生命财产安全→减少→…
  assert.deepEqual(brief(at(p.indicators.period, 752)), ['效益指标', '社会效益指标', '减少事故发生,保护人民生命财产安全', '减少']);
});

test('山西: 省级 funding, duplicated 质量指标 cell, a 绩效指标 label inside the block', () => {
  const r = readCorpus(S);
  const p = project(r, '安全生产和应急管理专项资金');
  assert.equal(p.title, '山西省省级预算部门(单位)项目支出绩效目标表'); // 623
  // 627 项目名称→安全生产和应急管理专项资金→→→
  assert.deepEqual(field(p, '项目名称').pos, { file: S, line: 627, column: { start: 5, end: 18 } });
  assert.deepEqual(p.department, { code: '220', name: '山西省应急管理厅' }); // 628
  // 630 项目资金(元)→实施期资金总额:→75,817,700→年度资金总额:→65,000,000 ; 632 →省级财政资金→75,817,700→省级财政资金→65,000,000
  assert.equal(p.funding.period?.total?.value, '75817700');
  assert.equal(p.funding.year?.total?.value, '65000000');
  assert.equal(p.funding.year?.provincial?.raw, '65,000,000');
  assert.equal(p.funding.period?.local?.value, '0'); // 633 →市县(区)财政资→0 (label cut short)
  // 645 →产出指标→数量指标→评审油库数量→≥7座→数量指标→煤矿帮扶聘请专家数量→≥10人
  assert.deepEqual(brief(p.indicators.year[0]), ['产出指标', '数量指标', '煤矿帮扶聘请专家数量', '≥10人']);
  // 651 →质量指标→质量指标→评审专家资质→符合标准→评审专家资质→符合标准
  assert.deepEqual(brief(at(p.indicators.period, 651)), ['产出指标', '质量指标', '评审专家资质', '符合标准']);
  assert.deepEqual(brief(at(p.indicators.year, 651)), ['产出指标', '质量指标', '评审专家资质', '符合标准']);
  // 653 →绩效指标→产出指标→时效指标→评审企业及时性→及时→… ; 654 设备购置及时性→→→→及时→…
  assert.deepEqual(brief(at(p.indicators.period, 654)), ['产出指标', '时效指标', '设备购置及时性', '及时']);
  // 656 →→→油库评审费→≤2.7万元/座
  assert.deepEqual(at(p.indicators.period, 656)?.measure, { op: '≤', number: '2.7', unit: '万元/座' });
  // 664 负责人:→经办人:→联系电话:→填报日期:→2025072916 2334
  assert.equal(field(p, '填报日期').value, '2025072916 2334');
});

test('山西: a wrapped funding label (金) and forms without a 一级 column or header row', () => {
  const r = readCorpus(S);
  const duty = project(r, '应急调度值班值守培训费');
  // 914 …实施期资金总额：→→204,000→→年度资金总额：→→180,000 ; 918 →→金→→0→→单位自筹→→0→ ; 919 →→其他资金→→0→→其他资金→→0→
  assert.equal(duty.funding.period?.total?.value, '204000');
  assert.equal(duty.funding.year?.provincial?.value, '180000');
  assert.equal(duty.funding.period?.selfRaised?.value, '0');
  assert.equal(duty.funding.year?.other?.value, '0');
  assert.ok(r.diagnostics.some((d) => d.code === 'form-funding-label-guessed' && d.pos?.line === 918));
  const meeting = project(r, '会议培训项目');
  assert.equal(meeting.period, '99年'); // 998 …→项目日期→→99年
  // 1013 →→→数量指标→培训（会议）天数→→→≥3天→数量指标→→培训班次（会议次数）→≥2次 (no 一级 cell anywhere)
  assert.deepEqual(brief(meeting.indicators.period[0]), ['产出指标', '数量指标', '培训（会议）天数', '≥3天']);
  assert.deepEqual(brief(meeting.indicators.year[0]), ['产出指标', '数量指标', '培训班次（会议次数）', '≥2次']);
  // 1018 →成本指标→培训讲师→培训讲师→≥1人→成本指标→培训讲师→≥1人
  assert.deepEqual(brief(at(meeting.indicators.period, 1018)), ['产出指标', '成本指标', '培训讲师', '≥1人']);
  // 1081 绩效指标→产出指标→数量指标→课题研究→≥1项→数量指标→安全生产培训人数→≤15000人 (no header row)
  const research = project(r, '专项业务工作经费', 2);
  assert.equal(research.implementer, '山西省应急管理研究院');
  assert.deepEqual(brief(research.indicators.period[0]), ['产出指标', '数量指标', '课题研究', '≥1项']);
  assert.deepEqual(research.indicators.year[0]?.measure, { op: '≤', number: '15000', unit: '人' });
  // 1137 项目资金 (元)→实施期资金总额:→2,003,094.36→→年度资金总额:→1,034,660 ; 1141 →单位自筹→2,003,094.36→→单位自筹→1,034,660
  const rent = project(r, '办公用房租赁费', 1);
  assert.deepEqual(rent.funding.period?.selfRaised, { raw: '2,003,094.36', value: '2003094.36', unit: '元', pos: { file: S, line: 1141, column: { start: 6, end: 18 } } });
  assert.equal(rent.funding.year?.total?.value, '1034660');
});

test('晋中: 申报表 in 元 with a doubled label column and split footers', () => {
  const r = readCorpus(J);
  const p = project(r, '安全检查费用');
  assert.equal(p.title, '山西省省级预算部门（单位）项目支出绩效目标申报表'); // 3
  assert.equal(p.year, 2022); // 5 （2022年度）
  assert.equal(p.period, '3年'); // 9
  // 10 项目资金 (元)→→实施期资金总额:→→4,500,000→→年度资金总额:→→1,500,000
  assert.equal(p.funding.period?.total?.value, '4500000');
  assert.equal(p.funding.year?.local?.value, '1500000'); // 13
  // 24 →→产出指标→数量指标→检查企业数→≥200家→数量指标→检查企业数→≥200家 (header 23 starts one column later)
  assert.deepEqual(brief(p.indicators.period[0]), ['产出指标', '数量指标', '检查企业数', '≥200家']);
  assert.deepEqual(p.indicators.period[0]?.measure, { op: '≥', number: '200', unit: '家' });
  // 27 成本指标 安全生产检查费用 ≤450万元 | ≤150万元
  assert.equal(at(p.indicators.period, 27)?.value, '≤450万元');
  assert.equal(at(p.indicators.year, 27)?.value, '≤150万元');
  // 33 负责人:→→经办人:→赵军→→联系电话:→3026350→→填报日期:→20211208102338
  assert.deepEqual(['负责人', '经办人', '联系电话', '填报日期'].map((l) => field(p, l).value), ['', '赵军', '3026350', '20211208102338']);
  // 295 负责人:→→经办人:→→曹毓芳→→联系电话:→→13935408239→ ; 296 →→→→→→填报日期:→→20211215110345→
  const hired = project(r, '救护大队聘用人员经费1(共4)');
  assert.equal(field(hired, '经办人').value, '曹毓芳');
  assert.equal(field(hired, '填报日期').value, '20211215110345');
  assert.equal(field(hired, '填报日期').pos.line, 296);
  // 194 …→填报日期： 20211207160952→ (value in the label's cell)
  assert.equal(field(project(r, '残疾人就业保障金'), '填报日期').value, '20211207160952');
});

test('晋中: spaced labels, a 二级 under the wrong 一级, a one-sided block, merged label cells', () => {
  const r = readCorpus(J);
  // 120 →产出 指标→数量 指标→培训班次（会议次数）→≥1次/年→数量 指标→培训班次（会议次数）→≥1次
  const second = project(r, '安委办工作经费2(共3)');
  assert.deepEqual(brief(second.indicators.period[0]), ['产出指标', '数量指标', '培训班次（会议次数）', '≥1次/年']);
  assert.deepEqual(second.indicators.period[0]?.measure, { op: '≥', number: '1', unit: '次/年' });
  assert.equal(second.period, '3年'); // 105 …→项目日期→→3年
  // 391 →满意度指标→可持续影响指标→是否按规定按标准发放工资津补贴→是→…
  const fourth = project(r, '救护大队聘用人员经费4(共4)');
  assert.deepEqual(brief(at(fourth.indicators.period, 391)), ['效益指标', '可持续影响指标', '是否按规定按标准发放工资津补贴', '是']);
  // 735 绩效指标→→一级指标→→二级指标→→三级指标→→指标值→ : one column of values only
  const gear = project(r, '煤矿执法装备经费');
  assert.equal(gear.indicators.year.length, 0);
  assert.deepEqual(brief(gear.indicators.period[0]), ['产出指标', '数量指标', '购置设备数量', '38台(套)']); // 736
  assert.deepEqual(gear.indicators.period[0]?.measure, { number: '38', unit: '台(套)' });
  assert.equal(field(gear, '填报日期').value, '20220125161646'); // 746
  // 217 →产出指标→数量指标→购置办公设备数量→≥56台(套)→数量指标→→→→ : the year half has only placeholders
  const common = project(r, '公用经费项目');
  assert.equal(common.indicators.period.length, 9);
  assert.equal(common.indicators.year.length, 0);
  // 907 →可持续影响指 服务对象满意度 指标→→发挥作用→→一年内→… ; 908 服务对象满意度→→→→→≥90%→→服务对象满意度→→被检查企业满意度→→≥90%
  const coal = project(r, '市政府聘请煤炭专家费1(共2)');
  assert.deepEqual(brief(at(coal.indicators.period, 907)), ['效益指标', '可持续影响', '发挥作用', '一年内']);
  assert.deepEqual(brief(at(coal.indicators.period, 908)), ['满意度指标', '服务对象满意度', '', '≥90%']);
  assert.deepEqual(brief(at(coal.indicators.year, 908)), ['满意度指标', '服务对象满意度', '被检查企业满意度', '≥90%']);
});
