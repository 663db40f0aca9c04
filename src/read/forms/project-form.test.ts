// 阳泉 2026: every expected value below was read by hand from yangquan-emergency-2026-budget.txt
// (the quoted line shows the tabs as →).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../../model/index.js';
import { field, project, readCorpus } from './testkit.js';

const Y = 'yangquan-emergency-2026-budget.txt';
const r = (): ReturnType<typeof readCorpus> => readCorpus(Y);
const brief = (i: Indicator | undefined): string[] => (i ? [i.level1, i.level2, i.name, i.value] : []);

test('安全生产举报奖励经费: header fields with positions', () => {
  const p = project(r(), '安全生产举报奖励经费');
  assert.equal(p.title, '阳泉市市级预算部门（单位）项目支出绩效目标表'); // 579
  assert.equal(p.year, 2026); // 581 (2026年度)
  assert.equal(p.pos.line, 579);
  // 584 主管部门及代码→→035-阳泉市应急管理局→→实施单位→→阳泉市应急管理局→
  assert.deepEqual(p.department, { code: '035', name: '阳泉市应急管理局' });
  assert.equal(p.implementer, '阳泉市应急管理局');
  // 585 项目属性→→一次性项目（1年结束）→→项目期→→1年→
  assert.equal(p.attribute, '一次性项目（1年结束）');
  assert.equal(p.period, '1年');
  // 583 项目名称→→安全生产举报奖励经费: the value cell starts after two tabs plus the 4-character label.
  assert.deepEqual(field(p, '项目名称').pos, { file: Y, line: 583, column: { start: 6, end: 16 } });
  assert.equal(field(p, '实施单位').pos.line, 584);
});

test('安全生产举报奖励经费: funding in 元 for the period and the year', () => {
  const p = project(r(), '安全生产举报奖励经费');
  // 586 项目资金 (元)→实施期资金总额:→50000→→年度资金总额:→50,000→→
  // Column offsets: 项目资金 (元) is 8 characters, 实施期资金总额: 8, 年度资金总额: 7, each cell followed by a tab.
  assert.deepEqual(p.funding.period?.total, { raw: '50000', value: '50000', unit: '元', pos: { file: Y, line: 586, column: { start: 18, end: 23 } } });
  assert.deepEqual(p.funding.year?.total, { raw: '50,000', value: '50000', unit: '元', pos: { file: Y, line: 586, column: { start: 33, end: 39 } } });
  assert.equal(p.funding.year?.pos?.line, 586);
  // 587 →其中:中央财政资金→0→→其中:中央财政资金→0→→ ; 589 →市县(区)财政资金→50000→→市县(区)财政资金→50,000→→
  assert.equal(p.funding.period?.central?.value, '0');
  assert.deepEqual(p.funding.period?.central?.pos, { file: Y, line: 587, column: { start: 11, end: 12 } });
  assert.equal(p.funding.period?.local?.value, '50000');
  assert.equal(p.funding.year?.local?.raw, '50,000');
  assert.deepEqual(p.funding.year?.local?.pos, { file: Y, line: 589, column: { start: 28, end: 34 } });
  assert.equal(p.funding.year?.selfRaised?.value, '0'); // 590 单位自筹 0
  assert.equal(p.funding.year?.other, undefined); // 591 其他资金 blank
});

test('安全生产举报奖励经费: texts, goals, indicators of both halves, footer', () => {
  const p = project(r(), '安全生产举报奖励经费');
  // 595 保证项目实施的制度、措施→→国家安监总局 财政部《安全生产举报奖励办法》
  assert.equal(p.texts['保证项目实施的制度、措施']?.value, '国家安监总局 财政部《安全生产举报奖励办法》');
  assert.equal(p.texts['项目概况']?.pos.line, 592);
  assert.equal(Object.keys(p.texts).length, 5);
  // 598 总体目标→→激发广大群众举报… (period, column 2) …→→→→激发广大群众举报… (year, column 6)
  assert.match(p.goals.period?.value ?? '', /^激发广大群众举报重大安全隐患/);
  assert.equal(p.goals.period?.label, '实施期目标');
  assert.match(p.goals.year?.value ?? '', /^激发广大群众举报重大安全隐患/);
  // 600 →产出指标→数量指标→举报核查率→100%→数量指标→举报核查率→100%
  assert.deepEqual(brief(p.indicators.period[0]), ['产出指标', '数量指标', '举报核查率', '100%']);
  assert.deepEqual(p.indicators.period[0]?.measure, { number: '100', unit: '%' });
  assert.equal(p.indicators.period[0]?.pos.line, 600);
  // 603 →→成本指标→安全生产举报奖励经费→50000元→成本指标→安全生产举报奖励→50000元 (the year's name is cut short)
  assert.deepEqual(brief(p.indicators.period[3]), ['产出指标', '成本指标', '安全生产举报奖励经费', '50000元']);
  assert.deepEqual(brief(p.indicators.year[3]), ['产出指标', '成本指标', '安全生产举报奖励', '50000元']);
  // 604/606/607 are empty placeholders (经济效益, 生态效益, 可持续影响): skipped. 605 社会效益 重大事故起数 0起.
  assert.deepEqual(brief(p.indicators.year[4]), ['效益指标', '社会效益', '重大事故起数', '0起']);
  // 608 →满意度指标→服务对象满意度→服务对象满意度指标→100%→…: the 三级 name repeats the 二级 word.
  assert.deepEqual(brief(p.indicators.year[5]), ['满意度指标', '服务对象满意度', '服务对象满意度指标', '100%']);
  assert.equal(p.indicators.period.length, 6);
  assert.equal(p.indicators.year.length, 6);
  // 609 负责人:→经办人:→联系电话:→→填报日期:→→20251223161352→
  assert.equal(field(p, '填报日期').value, '20251223161352');
  assert.equal(field(p, '填报日期').pos.line, 609);
  assert.equal(field(p, '负责人').value, '');
});

test('航空应急救援专项经费: a row whose blank 一级 column is missing, a jumbled last row, measures', () => {
  const p = project(r(), '航空应急救援专项经费');
  // 667 →→成本指标→飞行救援费用→48.3万元→…
  assert.deepEqual(p.indicators.period[3]?.measure, { number: '48.3', unit: '万元' });
  // 664 申请救援飞机数量 ≥1架
  assert.deepEqual(p.indicators.period[0]?.measure, { op: '≥', number: '1', unit: '架' });
  // 671 →可持续影响→建立航空应急救援长效机制→可持续→可持续影响→建立航空应急救援→可持续→ (every cell shifted left)
  const sustain = p.indicators.period.find((i) => i.pos.line === 671);
  assert.deepEqual(brief(sustain), ['效益指标', '可持续影响', '建立航空应急救援长效机制', '可持续']);
  assert.deepEqual(brief(p.indicators.year.find((i) => i.pos.line === 671)), ['效益指标', '可持续影响', '建立航空应急救援', '可持续']);
  // 673 群众对应急救援效果满意度→→→95%→群众对应急救援效果满意度→→>95%→
  const left = p.indicators.period.find((i) => i.pos.line === 673);
  const right = p.indicators.year.find((i) => i.pos.line === 673);
  assert.deepEqual(brief(left), ['满意度指标', '服务对象满意度', '群众对应急救援效果满意度', '95%']);
  assert.deepEqual(right?.measure, { op: '>', number: '95', unit: '%' });
  // 650 项目资金 (元)→实施期资金总额:→483000→年度资金总额:→483,000 (columns shifted left)
  assert.equal(p.funding.period?.total?.value, '483000');
  assert.equal(p.funding.year?.local?.raw, '483,000');
  // 674 负责人:→经办人:→联系电话:→填报日期:→20251223101602
  assert.equal(field(p, '填报日期').value, '20251223101602');
});

test('地震监测震防应急等综合运转经费: header values printed one row above their labels', () => {
  const p = project(r(), '地震监测震防应急等综合运转经费');
  // 1028 地震监测震防应急等综合运转经费 ; 1029 项目名称→→035-阳泉市应急管理局→→实施单位→→阳泉市防震减灾中心
  assert.equal(field(p, '项目名称').pos.line, 1028);
  assert.deepEqual(p.department, { code: '035', name: '阳泉市应急管理局' });
  assert.equal(p.implementer, '阳泉市防震减灾中心');
  // 1030 主管部门及代码→→经常性项目（长期开展）→→项目期→→99年
  assert.equal(p.attribute, '经常性项目（长期开展）');
  assert.equal(p.period, '99年');
  // 1031 项目属性→→实施期资金总额：200,000→→年度资金总额：200,000 ; 1034 →→市县（区）财政资金 200,000→…
  assert.equal(p.funding.period?.total?.raw, '200,000');
  assert.equal(p.funding.year?.total?.value, '200000');
  // Both totals share their label's cell: 项目属性 (4) + 2 tabs, 实施期资金总额： (8) → 14; the year cell opens at 23, 年度资金总额： (7) → 30.
  assert.deepEqual(p.funding.period?.total?.pos, { file: Y, line: 1031, column: { start: 14, end: 21 } });
  assert.deepEqual(p.funding.year?.total?.pos, { file: Y, line: 1031, column: { start: 30, end: 37 } });
  assert.equal(p.funding.year?.local?.value, '200000');
  assert.equal(p.funding.period?.central?.value, '0');
  assert.ok(r().diagnostics.some((d) => d.code === 'form-labels-shifted' && d.pos?.line === 1029));
});

test('地震监测震防应急等综合运转经费: labels below their first rows and a 二级 that contradicts its 一级', () => {
  const p = project(r(), '地震监测震防应急等综合运转经费');
  // 1045 →→巡检次数→60次→→巡检次数→60次→ sits above 1047 绩效目标→1. 产出指标→数量指标→台站数量→7个
  assert.deepEqual(brief(p.indicators.period[0]), ['产出指标', '数量指标', '巡检次数', '60次']);
  assert.deepEqual(brief(p.indicators.period[1]), ['产出指标', '数量指标', '台站数量', '7个']);
  // 1051 →→→系统核心服务可用时长→3年→→系统核心服务可用时长→356天
  assert.equal(p.indicators.period.find((i) => i.pos.line === 1051)?.value, '3年');
  assert.equal(p.indicators.year.find((i) => i.pos.line === 1051)?.value, '356天');
  // 1063 →2. 效益指标→经济效益指标→按预算成本控制→良好→成本指标→按预算成本控制→良好
  assert.deepEqual(brief(p.indicators.period.find((i) => i.pos.line === 1063)), ['效益指标', '经济效益指标', '按预算成本控制', '良好']);
  assert.deepEqual(brief(p.indicators.year.find((i) => i.pos.line === 1063)), ['产出指标', '成本指标', '按预算成本控制', '良好']);
  // 1083 →其他满意度指标→管理单位对预算执行的效果认可度→≥80%
  assert.deepEqual(brief(p.indicators.year.find((i) => i.pos.line === 1083)), ['满意度指标', '其他满意度指标', '管理单位对预算执行的效果认可度', '≥80%']);
  // 1084 →→联系电话:→→→填报日期:→→ (no 负责人 printed)
  assert.deepEqual(p.fields.filter((f) => ['联系电话', '填报日期'].includes(f.label)).map((f) => f.value), ['', '']);
});

test('遗属补助: footer one field per line', () => {
  const p = project(r(), '遗属补助');
  // 1093 项目资金（元）→→实施期资金总额：→→4,700.00
  assert.deepEqual(p.funding.period?.total, { raw: '4,700.00', value: '4700.00', unit: '元', pos: { file: Y, line: 1093, column: { start: 19, end: 27 } } });
  // 1116 负责人：李新全 ; 1118 经办人：石焕明 ; 1120 联系电话：15713533223 ; 1122 填报日期：2025-10-20
  assert.deepEqual(field(p, '负责人'), { label: '负责人', value: '李新全', pos: { file: Y, line: 1116, column: { start: 4, end: 7 } } });
  assert.equal(field(p, '经办人').value, '石焕明');
  assert.equal(field(p, '联系电话').value, '15713533223');
  assert.equal(field(p, '填报日期').value, '2025-10-20');
  assert.equal(field(p, '填报日期').pos.line, 1122);
  // 1110 →成本指标→→→→成本指标→→→→ placeholder ; 1114 满意度指标→服务对象满意度指标→遗属人员满意度→100%
  assert.equal(p.indicators.period.length, 5);
  assert.deepEqual(brief(p.indicators.period[4]), ['满意度指标', '服务对象满意度指标', '遗属人员满意度', '100%']);
});

test('申报表 in 万元: 3.5 in its own cell, extra header fields, 填报人 footer', () => {
  const p = project(r(), '2026年安全生产应急指挥专项经费');
  assert.equal(p.title, '山西省阳泉市市级预算部门(单位)项目支出绩效目标申报表'); // 1124
  // 1132 项目预算资金(万元)→中期预算资金总额→→年度预算资金总额(当年)→3.5
  assert.deepEqual(p.funding.year?.total, { raw: '3.5', value: '3.5', unit: '万元', pos: { file: Y, line: 1132, column: { start: 34, end: 37 } } });
  assert.equal(p.funding.period?.total, undefined);
  // 1128 项目起始年限→2026年→实施单位→阳泉市应急调度指挥中心 ; 1129 项目负责人→吴弘波→负责人电话→13096507822
  assert.equal(field(p, '项目起始年限').value, '2026年');
  assert.equal(p.implementer, '阳泉市应急调度指挥中心');
  assert.equal(field(p, '项目负责人').value, '吴弘波');
  assert.equal(field(p, '负责人电话').value, '13096507822');
  // 1130 是否政府采购→否 ; 1139 上年部门绩效自评结果→良 ; 1131 项目属性→一次性项目
  assert.equal(p.procurement?.required, false);
  assert.equal(field(p, '上年部门绩效自评结果').value, '良');
  assert.equal(p.attribute, '一次性项目');
  // 1143 1.产出指标→数量指标→云兔物联卡→2套/年→数量指标→无人机保险→1架/年
  assert.deepEqual(brief(p.indicators.period[0]), ['产出指标', '数量指标', '云兔物联卡', '2套/年']);
  assert.deepEqual(brief(p.indicators.year[0]), ['产出指标', '数量指标', '无人机保险', '1架/年']);
  // 1144 →→对讲机电话卡→→→对讲机电话卡→9部/年: the period value is blank
  assert.deepEqual(brief(p.indicators.period[1]), ['产出指标', '数量指标', '对讲机电话卡', '']);
  assert.deepEqual(brief(p.indicators.year[1]), ['产出指标', '数量指标', '对讲机电话卡', '9部/年']);
  // 1157 填报人:→李旭东→联系电话:→0353-4208008→填报日期:→2025.10.19
  assert.equal(field(p, '填报人').value, '李旭东');
  assert.equal(field(p, '联系电话').value, '0353-4208008');
  assert.equal(field(p, '填报日期').value, '2025.10.19');
});

test('申报表 in 万元: amounts written with 万元 and an amount wrapped onto the next line', () => {
  const uniform = project(r(), '执法制服新购、置换费');
  // 1168 项目预算资金（万元）→中期预算资金总额→2万元→年度预算资金总额（当年）→2万元
  assert.deepEqual(uniform.funding.period?.total, { raw: '2万元', value: '2', unit: '万元', pos: { file: Y, line: 1168, column: { start: 20, end: 23 } } });
  assert.deepEqual(uniform.funding.year?.total, { raw: '2万元', value: '2', unit: '万元', pos: { file: Y, line: 1168, column: { start: 37, end: 40 } } });
  // 1166 是否政府采购→否→政府采购金额→0 ; 1177 上年部门绩效自评结论→未评价
  assert.deepEqual(uniform.procurement, { required: false, amount: { raw: '0', value: '0', unit: '万元', pos: { file: Y, line: 1166, column: { start: 16, end: 17 } } } });
  assert.equal(field(uniform, '上年部门绩效自评结论').value, '未评价');
  // 1192 →填报人:→郝利萍→→联系电话:→4208053→填报日期:→2026.3.2
  assert.equal(field(uniform, '填报人').value, '郝利萍');
  const law = project(r(), '应急执法综合经费');
  // 1203 …→中期预算资金总额→4万元→年度预算资金总额（当年）; 1204 →→→4万元
  assert.equal(law.funding.period?.total?.raw, '4万元');
  assert.equal(law.funding.year?.total?.raw, '4万元');
  assert.equal(law.funding.year?.pos?.line, 1204);
  assert.deepEqual(law.funding.year?.total?.pos, { file: Y, line: 1204, column: { start: 3, end: 6 } });
  assert.equal(law.procurement?.required, true); // 1201 是否政府采购→是→政府采购金额→1
  // 1217 绩效目标→1. 产出指标→数量指标→执法资格培训学时→40学时→数量指标→执法资格培训人数→40学时
  assert.deepEqual(brief(law.indicators.year[0]), ['产出指标', '数量指标', '执法资格培训人数', '40学时']);
});

test('应急救援综合保障经费: amounts inside label cells in 万元, the jumbled indicator block', () => {
  const p = project(r(), '应急救援综合保障经费');
  // 1241 项目资金（元）→→年度资金总额：50万元→→实施单位→ ; 1244 →→市县（区）财政 50万元→→市县（区）财政资金 50万元→
  // An amount inside its label's cell is placed on its own characters: `年度资金总额：` starts at 9 and is 7 long.
  assert.deepEqual(p.funding.year?.total, { raw: '50万元', value: '50', unit: '万元', pos: { file: Y, line: 1241, column: { start: 16, end: 20 } } });
  assert.deepEqual(p.funding.year?.local, { raw: '50万元', value: '50', unit: '万元', pos: { file: Y, line: 1244, column: { start: 10, end: 14 } } });
  assert.equal(p.funding.year?.central?.value, '0');
  assert.equal(p.funding.period, undefined); // no 实施期 total is printed
  // 1240 项目属性→→经常性项目（长期开展）→→项目日期→ (blank)
  assert.equal(p.attribute, '经常性项目（长期开展）');
  assert.equal(p.period, undefined);
  // 1255 产出指标→数量指标→应急救援指战员、救护队员复训人（次）数→15人次→仪器配件及采样检测费、购置化学药品和训练器材→按采购计划和检测
  assert.deepEqual(brief(p.indicators.period[0]), ['产出指标', '数量指标', '应急救援指战员、救护队员复训人（次）数', '15人次']);
  // 1270 →单位用电成本→≤0.6元/度→专业训练防护服→560元/套→
  const power = p.indicators.period.find((i) => i.name === '单位用电成本');
  assert.deepEqual(power?.measure, { op: '≤', number: '0.6', unit: '元/度' });
  assert.equal(power?.level2, '成本指标'); // 1267 成本指标→小队长资格培训→2680元/人
  // 1272–1276 hold only 二级 words: nothing is read from them.
  assert.ok(p.indicators.period.every((i) => i.pos.line < 1272));
  assert.ok(r().diagnostics.some((d) => d.code === 'form-indicator-halves-differ' && d.pos?.line === 1235));
  // 1278 负责人：赵永红 经办人：王晋辉 联系电话： 填报日期： (single spaces: 经办人's value spans 12–15)
  assert.deepEqual(['负责人', '经办人', '联系电话', '填报日期'].map((l) => field(p, l).value), ['赵永红', '王晋辉', '', '']);
  assert.deepEqual(field(p, '经办人').pos, { file: Y, line: 1278, column: { start: 12, end: 15 } });
});

test('市级森林防灭火指挥部专项经费: halves listed in different orders, shifted cost rows', () => {
  const p = project(r(), '市级森林防灭火指挥部专项经费');
  // 829 →产出指标→数量指标→发送宣传预警短信→≥500000条→数量指标→应急演练→≥1次
  assert.equal(p.indicators.period[0]?.name, '发送宣传预警短信');
  assert.equal(p.indicators.year[0]?.name, '应急演练');
  // 839 成本指标→封山禁火通告→3.3元/张→成本指标→培训成本→1000元/人→→
  assert.deepEqual(brief(p.indicators.period.find((i) => i.pos.line === 839)), ['产出指标', '成本指标', '封山禁火通告', '3.3元/张']);
  // 840 →宣传预警短信→0.05元/条→→宣传预警短信→0.05元/条
  assert.deepEqual(p.indicators.year.find((i) => i.pos.line === 840)?.measure, { number: '0.05', unit: '元/条' });
  assert.equal(p.indicators.period.length, 16);
});
