import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixNumbers, itemText, joinWords, parseTsv, wordsToItems } from './ocr-words.js';

// One table row as tesseract 5.3 prints it (psm 6, 300 dpi) for 201 13 02 一般行政管理事务 4,545,000.00 4,545,000.00 of
// the Shanghai commerce budget, page 10: the Han name cut into characters, the second amount cut at its commas.
const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const ROW = [
  '4\t1\t1\t6\t1\t0\t270\t1149\t1998\t52\t-1\t',
  '5\t1\t1\t6\t1\t1\t270\t1155\t65\t35\t79.6\t201',
  '5\t1\t1\t6\t1\t2\t429\t1155\t39\t35\t79.6\t13',
  '5\t1\t1\t6\t1\t3\t567\t1155\t44\t35\t87.4\t02',
  '5\t1\t1\t6\t1\t4\t675\t1149\t60\t45\t86.6\t一',
  '5\t1\t1\t6\t1\t5\t739\t1150\t47\t44\t90.6\t般',
  '5\t1\t1\t6\t1\t6\t787\t1153\t50\t41\t93.1\t行',
  '5\t1\t1\t6\t1\t7\t839\t1149\t50\t46\t92.9\t政',
  '5\t1\t1\t6\t1\t8\t889\t1150\t94\t44\t96.9\t管理',
  '5\t1\t1\t6\t1\t9\t988\t1149\t68\t45\t96.8\t事务',
  '5\t1\t1\t6\t1\t10\t1582\t1155\t291\t40\t91.4\t4,545,000.00',
  '5\t1\t1\t6\t1\t11\t1977\t1155\t33\t41\t74.7\t4,',
  '5\t1\t1\t6\t1\t12\t2034\t1156\t74\t40\t96.1\t545,',
  '5\t1\t1\t6\t1\t13\t2129\t1155\t77\t35\t96.1\t000.',
  '5\t1\t1\t6\t1\t14\t2223\t1155\t45\t35\t96.1\t00',
];
const TSV = [HEADER, ...ROW, ''].join('\n');

test('parseTsv keeps the words (level 5) with their boxes and line', () => {
  const words = parseTsv(TSV);
  assert.equal(words.length, 14);
  assert.deepEqual(words[0], { text: '201', left: 270, top: 1155, width: 65, height: 35, conf: 79.6, line: '1.6.1' });
});

test('a table row becomes one item per cell: codes apart, the Han name joined, each amount whole', () => {
  const items = wordsToItems(parseTsv(TSV), 72 / 300, 72 / 300);
  assert.deepEqual(
    items.map((i) => i.text),
    ['一般行政管理事务', '201', '13', '02', '4,545,000.00', '4,545,000.00'],
  );
  const second = items[5];
  assert.ok(second);
  // From the left of `4,` (1977 px) to the right of `00` (2223 + 45 px), at 300 dpi in points.
  assert.ok(Math.abs(second.x - (1977 * 72) / 300) < 1e-9);
  assert.ok(Math.abs(second.w - ((2268 - 1977) * 72) / 300) < 1e-9);
  assert.equal(second.ocr, true);
});

function word(text: string, left: number, width: number, conf = 95): string {
  return `5\t1\t1\t1\t1\t1\t${left}\t100\t${width}\t40\t${conf}\t${text}`;
}

test('two amounts in neighbouring cells stay two items; a number touching a number is one', () => {
  const apart = joinWords(parseTsv([word('0.00', 100, 80), word('12.50', 240, 100)].join('\n')));
  assert.deepEqual(apart.map((r) => r.text), ['0.00', '12.50']);
  const touching = joinWords(parseTsv([word('754,', 100, 70), word('54.7', 172, 80)].join('\n')));
  assert.deepEqual(touching.map((r) => r.text), ['754,54.7']);
});

test('a number in prose joins the Han words and punctuation around it; Latin words are not run together', () => {
  const prose = joinWords(parseTsv([word('收入', 100, 80), word('预算', 184, 80), word('37,151.47', 270, 170), word('万元', 444, 80), word('，', 528, 20)].join('\n')));
  assert.deepEqual(prose.map((r) => r.text), ['收入预算37,151.47万元，']);
  const latin = joinWords(parseTsv([word('PDF', 100, 80), word('text', 190, 80)].join('\n')));
  assert.deepEqual(latin.map((r) => r.text), ['PDF', 'text']);
});

test('words of one row that tesseract put on two lines at the same height are one line', () => {
  const twoLines = [word('208', 100, 60), `5\t1\t1\t2\t1\t1\t300\t102\t120\t40\t95\t754.75`];
  const runs = joinWords(parseTsv(twoLines.join('\n')));
  assert.equal(new Set(runs.map((r) => r.line)).size, 1);
});

test('a number read twice over, a fragment inside the whole, is kept once', () => {
  const runs = joinWords(parseTsv([word('754.75', 100, 130), word('5', 120, 18)].join('\n')));
  assert.deepEqual(runs.map((r) => r.text), ['754.75']);
});

test('fixNumbers mends look-alikes, full-width and misplaced separators inside numbers only', () => {
  assert.equal(fixNumbers('l,234.56'), '1,234.56');
  assert.equal(fixNumbers('2O25年'), '2025年');
  assert.equal(fixNumbers('合计1，234.00万元'), '合计1,234.00万元');
  assert.equal(fixNumbers('13,260。00'), '13,260.00');
  // A decimal point read as a comma (a thousands group always has three digits) and a lost first comma.
  assert.equal(fixNumbers('1084,02'), '1084.02');
  assert.equal(fixNumbers('1661,216.00'), '1,661,216.00');
  assert.equal(fixNumbers('8.1i'), '8.11');
  assert.equal(fixNumbers('3,808,085..00'), '3,808,085.00');
  // Not inside words, not without a real digit, not a full-width list comma, not sentence punctuation.
  assert.equal(fixNumbers('Oil 10'), 'Oil 10');
  assert.equal(fixNumbers('Ol'), 'Ol');
  assert.equal(fixNumbers('分别为12，34'), '分别为12，34');
  assert.equal(fixNumbers('共3。'), '共3。');
  // A digit lost is never guessed back.
  assert.equal(fixNumbers('12,34,5'), '12,34,5');
});

test('itemText drops stray marks around a bare number, not around text', () => {
  assert.equal(itemText('”1,661,216.00'), '1,661,216.00');
  assert.equal(itemText('«11'), '11');
  assert.equal(itemText('“其他支出'), '“其他支出');
  assert.equal(itemText('(12.5)'), '(12.5)');
});

test('full-width digits and points read by OCR become ASCII; Chinese punctuation stays', () => {
  const runs = joinWords(parseTsv([word('１２３．４５', 100, 150), word('万元', 254, 80), word('，', 338, 20)].join('\n')));
  assert.deepEqual(runs.map((r) => r.text), ['123.45万元，']);
});
