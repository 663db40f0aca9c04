import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Piece, assemble } from './wrap.js';

const P = (line: number, code: boolean, name: string, values: boolean, continues = false): Piece<number> => ({ line, code, name, values, continues });

test('names centred around their code line are rebuilt (pdftotext -layout of a Word table)', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf, 一般公共预算财政拨款支出决算表:
  //   社会保障和就 / 208 754.75 / 业支出 / 行政事业单位 / 20805 754.75 / 养老支出
  //   机关事业单位 / 2080505 基本养老保险 446.11 / 缴费支出 / 其他行政事业 / 2080599 0.88 / 单位养老支出 / 210 卫生健康支出 236.64
  const recs = assemble([
    P(1, false, '社会保障和就', false), P(2, true, '', true), P(3, false, '业支出', false),
    P(4, false, '行政事业单位', false), P(5, true, '', true), P(6, false, '养老支出', false),
    P(7, false, '机关事业单位', false), P(8, true, '基本养老保险', true), P(9, false, '缴费支出', false),
    P(10, false, '其他行政事业', false), P(11, true, '', true), P(12, false, '单位养老支出', false),
    P(13, true, '卫生健康支出', true),
  ]);
  assert.deepEqual(recs.map((r) => [r.anchor.line, r.name]), [
    [2, '社会保障和就业支出'],
    [5, '行政事业单位养老支出'],
    [8, '机关事业单位基本养老保险缴费支出'],
    [11, '其他行政事业单位养老支出'],
    [13, '卫生健康支出'],
  ]);
});

test('a one-line name printed above its numbers does not steal the next row’s head', () => {
  // 城乡社区管理 / 21201 / 事务 / 行政运行 / 2120101 / 城乡社区规划 / 21202 / 与管理
  const recs = assemble([
    P(1, false, '城乡社区管理', false), P(2, true, '', true), P(3, false, '事务', false),
    P(4, false, '行政运行', false), P(5, true, '', true),
    P(6, false, '城乡社区规划', false), P(7, true, '', true), P(8, false, '与管理', false),
  ]);
  assert.deepEqual(recs.map((r) => r.name), ['城乡社区管理事务', '行政运行', '城乡社区规划与管理']);
});

test('a code alone on its line joins the name and amount below it', () => {
  // 30207 / 邮电费 8.05 (right-hand group of 基本支出决算表)
  const recs = assemble([P(1, true, '', false), P(2, false, '邮电费', true), P(3, true, '取暖费', true)]);
  assert.deepEqual(recs.map((r) => [r.anchor.line, r.codeLine, r.name]), [[2, 1, '邮电费'], [3, undefined, '取暖费']]);
});

test('plain wrapped text continues the row above', () => {
  const recs = assemble([P(1, true, '机关事业单位基本养老', true), P(2, false, '保险缴费支出', false, true), P(3, true, '住房公积金', true)]);
  assert.deepEqual(recs.map((r) => r.name), ['机关事业单位基本养老保险缴费支出', '住房公积金']);
});

test('text flowing down under its row ends that row', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf, 收入决算表 lines 241–245:
  //   2080505 机关事业单位基本养老保险缴 446.11 / 费支出 / 2080506 机关事业单位职业年金缴费支 225.12 / 出 / 2080599 其他行政事业单位养老支出 0.88
  const recs = assemble([
    P(241, true, '机关事业单位基本养老保险缴', true), P(242, false, '费支出', false),
    P(243, true, '机关事业单位职业年金缴费支', true), P(244, false, '出', false),
    P(245, true, '其他行政事业单位养老支出', true),
  ]);
  assert.deepEqual(recs.map((r) => r.name), ['机关事业单位基本养老保险缴费支出', '机关事业单位职业年金缴费支出', '其他行政事业单位养老支出']);
});
