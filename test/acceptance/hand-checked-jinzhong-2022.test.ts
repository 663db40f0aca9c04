// Hand-checked values of 晋中市应急管理局 2022 项目支出绩效目标申报表 (jinzhong-emergency-2022-performance-targets.txt):
// 43 forms and nothing else. Expected values read by hand; comments quote the printed line (tabs as →)
// and its line number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JZ22, assertIndicator, assertMoney, doc, norm, project } from './support.js';

const d = () => doc(JZ22);

test('JZ22 forms in printed order: first 安全检查费用 (line 7), last 综合能力培训 (line 1366)', () => {
  // 3: 山西省省级预算部门（单位）项目支出绩效目标申报表   7: 项目名称→→安全检查费用→…
  // 1362: 山西省省级预算部门（单位）项目支出绩效目标申报表   1366: 项目名称→→综合能力培训→…
  const ps = d().forms.projects;
  assert.equal(ps[0]?.projectName, '安全检查费用');
  assert.equal(ps[ps.length - 1]?.projectName, '综合能力培训');
  assert.equal(ps[0]?.title, '山西省省级预算部门（单位）项目支出绩效目标申报表');
  assert.equal(ps[0]?.year, 2022);
});

test('JZ22 安全检查费用: department 206-晋中市应急管理局, implementer, attribute, period 3年', () => {
  // 8: 主管部门及代码→→206-晋中市应急管理局→→实施单位→→晋中市应急管理局→→→→
  // 9: 项目属性→→经常性项目（长期开展）→→项目期→→3年→→→→
  const p = project(d(), '安全检查费用');
  assert.equal(p.department?.code, '206');
  assert.equal(p.department?.name, '晋中市应急管理局');
  assert.equal(p.implementer, '晋中市应急管理局');
  assert.equal(p.attribute, '经常性项目（长期开展）');
  assert.equal(p.period, '3年');
});

test('JZ22 安全检查费用: funding 4,500,000 元 for the period, 1,500,000 元 for the year, all 市县(区)', () => {
  // 10: 项目资金 (元)→→实施期资金总额:→→4,500,000→→年度资金总额:→→1,500,000→→
  // 11: →→其中:中央财政资金→→0→→其中:中央财政资金→→0→→
  // 13: →→市县(区)财政资金→→4,500,000→→市县(区)财政资金→→1,500,000→→
  const p = project(d(), '安全检查费用');
  assertMoney(p.funding.period?.total, '4500000', '元', 'period total');
  assert.equal(p.funding.period?.total?.raw, '4,500,000');
  assertMoney(p.funding.year?.total, '1500000', '元', 'year total');
  assertMoney(p.funding.period?.local, '4500000', '元', 'period local');
  assertMoney(p.funding.year?.local, '1500000', '元', 'year local');
  assertMoney(p.funding.year?.central, '0', '元', 'year central');
});

test('JZ22 安全检查费用: 检查企业数 ≥200家 parsed as ≥ 200 家', () => {
  // 24: →→产出指标→数量指标→检查企业数→≥200家→数量指标→检查企业数→≥200家→→
  const p = project(d(), '安全检查费用');
  assertIndicator(p, 'period', '产出指标', '数量指标', '检查企业数', '≥200家');
  assertIndicator(p, 'year', '产出指标', '数量指标', '检查企业数', '≥200家');
  const i = p.indicators.period.find((x) => x.name === '检查企业数');
  assert.deepEqual(i?.measure, { op: '≥', number: '200', unit: '家' });
  assert.equal(i?.pos.line, 24);
});

test('JZ22 安全检查费用: 成本 ≤450万元 for the period but ≤150万元 for the year; 满意度 ≥90%', () => {
  // 27: →→→成本指标→安全生产检查费用→≤450万元→成本指标→安全生产检查费用→≤150万元→→
  // 32: →→满意度指标→服务对象满意度→被检查企业满意度→≥90%→服务对象满意度→被检查企业满意度→≥90%→→
  const p = project(d(), '安全检查费用');
  assertIndicator(p, 'period', '产出指标', '成本指标', '安全生产检查费用', '≤450万元');
  assertIndicator(p, 'year', '产出指标', '成本指标', '安全生产检查费用', '≤150万元');
  assertIndicator(p, 'year', '满意度指标', '服务对象满意度', '被检查企业满意度', '≥90%');
});

test('JZ22 安全检查费用: footer fields 经办人 赵军, 联系电话 3026350, 填报日期 20211208102338', () => {
  // 33: 负责人:→→经办人:→赵军→→联系电话:→3026350→→填报日期:→20211208102338→
  const p = project(d(), '安全检查费用');
  const field = (label: string) => p.fields.find((f) => norm(f.label).replace(/[:：]/g, '') === label)?.value;
  assert.equal(field('经办人'), '赵军');
  assert.equal(field('联系电话'), '3026350');
  assert.equal(field('填报日期'), '20211208102338');
});

test('JZ22 安委办工作经费1(共3): 960,000 / 320,000 元; 例会 12次/年 vs 12次', () => {
  // 71: 项目名称→→安委办工作经费1(共3)→→→→→→→
  // 74: 项目资金 (元)→→实施期资金总额:→→960,000→→年度资金总额:→→320,000→
  // 88: →产出指标→数量指标→召开安全生产例会次数→12次/年→数量指标→召开安全生产例会次数→12次→→
  const p = project(d(), '安委办工作经费1(共3)');
  assertMoney(p.funding.period?.total, '960000', '元', 'period total');
  assertMoney(p.funding.year?.total, '320000', '元', 'year total');
  assertIndicator(p, 'period', '产出指标', '数量指标', '召开安全生产例会次数', '12次/年');
  assertIndicator(p, 'year', '产出指标', '数量指标', '召开安全生产例会次数', '12次');
});

test('JZ22 安委办工作经费2(共3): 项目日期 3年; 市县(区)财政资 金 (label wrapped) 150,000 元', () => {
  // 105: 项目属性→→经常性项目（长期开展）→→项目日期→→3年→→→→
  // 109: →→市县(区)财政资 金→→150,000→→市县(区)财政资金→→50,000→→
  const p = project(d(), '安委办工作经费2(共3)');
  assert.equal(p.period, '3年');
  assertMoney(p.funding.period?.local, '150000', '元', 'period local');
  assertMoney(p.funding.year?.local, '50000', '元', 'year local');
});

test('JZ22 公用经费项目: funding with decimals 3,495,374.96 元', () => {
  // 203: 项目资金 (元)→→实施期资金总额:→→3,495,374.96→→年度资金总额:→→3,495,374.96→
  // 217: →产出指标→数量指标→购置办公设备数量→≥56台(套)→数量指标→→→→
  const p = project(d(), '公用经费项目');
  assertMoney(p.funding.year?.total, '3495374.96', '元', 'year total');
  assertMoney(p.funding.period?.local, '3495374.96', '元', 'period local');
  assertIndicator(p, 'period', '产出指标', '数量指标', '购置办公设备数量', '≥56台(套)');
});

test('JZ22 人员类项目: 20,265,596.35 元; 保障在职人员数量 188人', () => {
  // 788: 项目资金 （元）→→实施期资金总额：→→20,265,596.35→年度资金总额：→→20,265,596.35→
  // 804: →→→保障在职人员数量→188人→→→→
  const p = project(d(), '人员类项目');
  assertMoney(p.funding.year?.total, '20265596.35', '元', 'year total');
  assertIndicator(p, 'period', '产出指标', '数量指标', '保障在职人员数量', '188人');
});

test('JZ22 应急救援综合演练 (name one cell left of the usual place): 900,000 / 300,000 元, 经办人 刘亚鹏', () => {
  // 1044: 项目名称→应急救援综合演练→→→→→→
  // 1047: 项目资金 (元)→实施期资金总额:→900,000→年度资金总额:→300,000→→→
  // 1064: →→成本指标→工作场地/应急演练设备(租用)及人员费→≤90万元→成本指标→…→≤30万元
  // 1070: 负责人:→经办人:→刘亚鹏→联系电话:→3036082→填报日期:→20211210105906→
  const p = project(d(), '应急救援综合演练');
  assertMoney(p.funding.period?.total, '900000', '元', 'period total');
  assertMoney(p.funding.year?.total, '300000', '元', 'year total');
  assertIndicator(p, 'year', '产出指标', '成本指标', '工作场地/应急演练设备(租用)及人员费', '≤30万元');
  assert.equal(p.fields.find((f) => norm(f.label).startsWith('经办人'))?.value, '刘亚鹏');
});

test('JZ22 综合能力培训: 720,000 / 240,000 元; 培训期数 ≥6期/年', () => {
  // 1369: 项目资金 (元)→→实施期资金总额:→→720,000→→年度资金总额:→→240,000→
  // 1383: →产出指标→数量指标→培训期数→≥6期/年→数量指标→培训期数→≥6期→→
  const p = project(d(), '综合能力培训');
  assertMoney(p.funding.year?.total, '240000', '元', 'year total');
  assertIndicator(p, 'period', '产出指标', '数量指标', '培训期数', '≥6期/年');
  assertIndicator(p, 'year', '产出指标', '数量指标', '培训期数', '≥6期');
});
