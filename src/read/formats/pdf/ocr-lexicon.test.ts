import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mendTerm } from './ocr-lexicon.js';

// Misreadings seen on scans of the Shanghai PDFs (200 dpi JPEG, tesseract 5.3 chi_sim+eng).
test('a title one character off a known table title is that title, its year and 部门 kept', () => {
  assert.equal(mendTerm('2025年部门文出预算总表'), '2025年部门支出预算总表');
  assert.equal(mendTerm('收入决算衣'), '收入决算表');
});

test('a long title with specks read into it as Han characters is mended, one edit per eight characters', () => {
  assert.equal(mendTerm('2025年部门一般公共了预算基本文出部门预算经济分类了预算表'), '2025年部门一般公共预算基本支出部门预算经济分类预算表');
});

test('a class name one character off is the national name; 文出 is 支出 anywhere', () => {
  assert.equal(mendTerm('科学技术文出'), '科学技术支出');
  assert.equal(mendTerm('卫生健康文出'), '卫生健康支出');
  assert.equal(mendTerm('其他商贸事务文出'), '其他商贸事务支出');
  assert.equal(mendTerm('文持中小企业发展和管理支出'), '支持中小企业发展和管理支出');
  assert.equal(mendTerm('单位;万元'), '单位：万元');
});

test('names two characters off a term, names near two terms, short words, quotes and prose stay as read', () => {
  // 住房改革支出 (a 款) is two characters off 住房保障支出 (a 类): printed so, not a misreading.
  assert.equal(mendTerm('住房改革支出'), '住房改革支出');
  // 文出预算总表 is one off 支出预算总表 only; 收出预算总表 is one off both 收入预算总表 and 支出预算总表.
  assert.equal(mendTerm('收出预算总表'), '收出预算总表');
  assert.equal(mendTerm('合汁'), '合汁');
  assert.equal(mendTerm('“其他支出'), '“其他支出');
  assert.equal(mendTerm('图文出版'), '图文出版');
  assert.equal(mendTerm('本年度收入预算增加'), '本年度收入预算增加');
});
