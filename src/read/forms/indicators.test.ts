// Synthetic indicator blocks: each layout seen in the corpus, reduced to a few rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Indicator } from '../../model/index.js';
import { createContext } from '../context.js';
import { readTsvText } from '../lines/tsv.js';
import { IndicatorReader } from './indicators.js';
import { headerColumns } from './rows.js';

const HEADER = '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值';

function read(rows: string[], header = HEADER): { period: Indicator[]; year: Indicator[]; codes: string[] } {
  const lines = readTsvText([header, ...rows].join('\n'), 'x.txt').lines;
  const ctx = createContext('x.txt');
  const reader = new IndicatorReader(ctx);
  const cols = headerColumns(lines[0]!);
  assert.ok(cols, 'header recognised');
  reader.setColumns(cols);
  for (const line of lines.slice(1)) reader.row(line);
  reader.finish();
  return { period: reader.period, year: reader.year, codes: ctx.diagnostics.map((d) => d.code) };
}
const brief = (list: Indicator[]): string[][] => list.map((i) => [i.level1, i.level2, i.name, i.value]);

test('header columns: two halves, one half, shifted header, self-evaluation columns', () => {
  const line = (t: string) => readTsvText(t, 'x.txt').lines[0]!;
  assert.deepEqual(headerColumns(line(HEADER)), { l1: 1, l2: [2, 5], name: [3, 6], value: [4, 7], halves: 2 });
  assert.equal(headerColumns(line('绩效指标\t\t一级指标\t\t二级指标\t\t三级指标\t\t指标值'))?.halves, 1);
  const self = headerColumns(line('\t一级指标\t二级指标\t三级指标\t年度指标值\t全年完成值\t未完成原因和改进措施\t自评得分'));
  assert.deepEqual([self?.halves, self?.actual, self?.reason, self?.score], [1, 5, 6, 7]);
  assert.equal(headerColumns(line('项目名称\t某项目')), undefined);
});

test('inherited 一级 and 二级, placeholder rows skipped', () => {
  const r = read([
    '\t产出指标\t数量指标\t检查企业\t≥20家\t数量指标\t检查企业\t≥20家',
    '\t\t\t排查隐患\t≥200条\t\t排查隐患\t≥200条',
    '\t效益指标\t经济效益\t\t\t经济效益\t\t',
    '\t\t社会效益\t事故起数\t0起\t社会效益\t事故起数\t0起',
  ]);
  assert.deepEqual(brief(r.period), [
    ['产出指标', '数量指标', '检查企业', '≥20家'],
    ['产出指标', '数量指标', '排查隐患', '≥200条'],
    ['效益指标', '社会效益', '事故起数', '0起'],
  ]);
  assert.deepEqual(brief(r.year), brief(r.period));
});

test('一级 written 1.产出指标 / 1. 产出指标 / 产出 指标, or missing and implied by the 二级', () => {
  const r = read([
    '\t1.产出指标\t数量指标\t甲\t1个\t数量指标\t甲\t1个',
    '\t2. 效益指标\t社会效益指标\t乙\t提升\t社会效益指标\t乙\t提升',
    '\t满意度 指标\t服务对象满意度 指标\t丙\t95%\t服务对象满意度指标\t丙\t95%',
  ]);
  assert.deepEqual(r.period.map((i) => [i.level1, i.level2]), [['产出指标', '数量指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']]);
  const implied = read(['\t\t\t数量指标\t天数\t≥3天\t数量指标\t天数\t≥3天']);
  assert.equal(implied.period[0]?.level1, '产出指标');
  assert.ok(implied.codes.includes('form-indicator-level1-implied'));
});

test('a row whose empty 一级 column is missing: every cell one column to the left', () => {
  const r = read([
    '\t产出指标\t数量指标\t甲\t1个\t数量指标\t甲\t1个',
    '\t质量指标\t合格率\t100%\t质量指标\t合格率\t100%\t',
    '效益指标\t社会效益\t能力\t提升\t社会效益\t能力\t提升\t',
  ]);
  assert.deepEqual(brief(r.year), [
    ['产出指标', '数量指标', '甲', '1个'],
    ['产出指标', '质量指标', '合格率', '100%'],
    ['效益指标', '社会效益', '能力', '提升'],
  ]);
});

test('the year half lost its 二级 cell; a name cell printed twice; a value-less half', () => {
  const r = read([
    '\t产出指标\t数量指标\t甲\t1个\t数量指标\t甲\t1个',
    '\t质量指标\t质量指标\t资质\t符合标准\t资质\t符合标准\t',
    '\t成本指标\t讲师\t讲师\t≥1人\t成本指标\t讲师\t≥1人',
    '\t\t社会效益\t预防能力的持续提升\t\t社会效益\t预防能力\t持续提升',
  ]);
  assert.deepEqual(brief(r.year)[1], ['产出指标', '质量指标', '资质', '符合标准']);
  assert.deepEqual(brief(r.period)[2], ['产出指标', '成本指标', '讲师', '≥1人']);
  assert.deepEqual(brief(r.period)[3], ['效益指标', '社会效益', '预防能力的持续提升', '']);
  assert.deepEqual(brief(r.year)[3], ['效益指标', '社会效益', '预防能力', '持续提升']);
  for (const code of ['form-indicator-level2-borrowed', 'form-indicator-duplicate-cell', 'form-indicator-no-value']) assert.ok(r.codes.includes(code), code);
});

test('a 三级 name that repeats the 二级 word, and two competing 二级 cells', () => {
  const r = read([
    '\t满意度指标\t服务对象满意度\t服务对象满意度指标\t100%\t服务对象满意度\t服务对象满意度指标\t100%',
    '\t效益指标\t生态效益指标\t社会效益指标\t减少事故发生\t减少\t社会效益指标\t减少事故发生\t减少',
  ]);
  assert.deepEqual(brief(r.period), [
    ['满意度指标', '服务对象满意度', '服务对象满意度指标', '100%'],
    ['效益指标', '社会效益指标', '减少事故发生', '减少'],
  ]);
  assert.ok(r.codes.includes('form-indicator-label-conflict'));
});

test('rows printed above their first label take the label below (merged cell centred)', () => {
  const r = read(['\t\t巡检次数\t60次\t\t巡检次数\t60次', '绩效目标\t1. 产出指标\t数量指标\t台站数量\t7个\t数量指标\t台站数量\t7个']);
  assert.deepEqual(brief(r.period), [['产出指标', '数量指标', '巡检次数', '60次'], ['产出指标', '数量指标', '台站数量', '7个']]);
  assert.ok(r.codes.includes('form-indicator-label-below'));
});

test('a 二级 under a wrong 一级 is put under its own 一级', () => {
  const r = read(['\t满意度指标\t可持续影响指标\t长效机制\t健全\t可持续影响指标\t长效机制\t健全']);
  assert.equal(r.period[0]?.level1, '效益指标');
});

test('one column of values: everything is the period half', () => {
  const r = read(['\t\t产出指标\t\t数量指标\t\t购置设备数量\t\t38台(套)'], '绩效指标\t\t一级指标\t\t二级指标\t\t三级指标\t\t指标值');
  assert.deepEqual(brief(r.period), [['产出指标', '数量指标', '购置设备数量', '38台(套)']]);
  assert.equal(r.year.length, 0);
});

test('positions span the name and value cells of each half', () => {
  const r = read(['\t产出指标\t数量指标\t甲\t1个\t数量指标\t乙\t2个']);
  // cells: "" 0, 产出指标 1-5, 数量指标 6-10, 甲 11-12, 1个 13-15, 数量指标 16-20, 乙 21-22, 2个 23-25
  assert.deepEqual(r.period[0]?.pos, { file: 'x.txt', line: 2, column: { start: 11, end: 15 } });
  assert.deepEqual(r.year[0]?.pos, { file: 'x.txt', line: 2, column: { start: 21, end: 25 } });
});
