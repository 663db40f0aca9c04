import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixNumbers, itemText, joinWords, parseTsv, runsToItems, wordsToItems } from './ocr-words.js';

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
    // One line: the items share its middle, so they come left to right.
    ['201', '13', '02', '一般行政管理事务', '4,545,000.00', '4,545,000.00'],
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

function at(text: string, left: number, width: number, conf: number, top = 100, height = 40): string {
  return `5\t1\t1\t1\t1\t1\t${left}\t${top}\t${width}\t${height}\t${conf}\t${text}`;
}

test('specks read as words stay apart and never become items: a faint comma before a code, a dash between amounts', () => {
  // Shanghai commerce budget p10, row 206 05 03: `，` (conf 16) read against the code 03; `—` (conf 58) between the amounts.
  const words = parseTsv([at('，', 520, 20, 16), at('03', 547, 44, 76), at('17,200,000.00', 1580, 290, 93), at('—', 1910, 22, 58), at('17,200,000.00', 1957, 311, 93)].join('\n'));
  const runs = joinWords(words);
  assert.deepEqual(runs.filter((r) => r.speck).map((r) => r.text), ['，', '—']);
  assert.deepEqual(runsToItems(runs, 1, 1).map((i) => i.text), ['03', '17,200,000.00', '17,200,000.00']);
});

test('punctuation printed against Han text is no speck', () => {
  const runs = joinWords(parseTsv([at('一', 100, 40, 95), at('、', 142, 10, 92, 128, 8), at('收入', 156, 80, 95)].join('\n')));
  assert.deepEqual(runs.map((r) => r.text), ['一、收入']);
});

test('items of one line share its middle and have the height of its font, not of the ink', () => {
  // A code whose box takes in a speck above it (top 80 instead of 100) stays on the row; Han ink 40 px → 40 / 0.9.
  const items = runsToItems(joinWords(parseTsv([at('22102', 100, 100, 90, 80, 60), at('住房改革支出', 300, 280, 95), at('461.08', 900, 120, 95, 104, 34)].join('\n'))), 1, 1);
  assert.equal(new Set(items.map((i) => i.y + i.h / 2)).size, 1);
  for (const i of items) assert.ok(Math.abs(i.h - 40 / 0.9) < 1e-9);
});

test('a quote read unsure into the first word of a name after a code is a speck; a sure one is printed', () => {
  // p12, row 201 13 02: `“一般` (conf 44) reaching below the line.
  const unsure = runsToItems(joinWords(parseTsv([at('“一般', 673, 130, 44, 90, 66), at('行政', 806, 90, 97)].join('\n'))), 1, 1);
  assert.deepEqual(unsure.map((i) => i.text), ['一般行政']);
  assert.ok(unsure[0] && unsure[0].x > 673);
  const sure = runsToItems(joinWords(parseTsv([at('“三公', 100, 130, 95), at('”经费', 232, 130, 95)].join('\n'))), 1, 1);
  assert.deepEqual(sure.map((i) => i.text), ['“三公”经费']);
});

test('a two-digit code read with letters for digits is the code', () => {
  assert.equal(itemText('ll'), '11');
  assert.equal(itemText('Ol'), '01');
  assert.equal(itemText('OK'), 'OK');
});

test('full-width brackets join the Han words around them across their own space', () => {
  // p20, row 302 13 维修（护）费: the brackets read as 〈护) with wide gaps.
  const runs = joinWords(parseTsv([at('维修', 763, 94, 95), at('〈护)', 889, 93, 90), at('费', 1014, 42, 95)].join('\n')));
  assert.deepEqual(runs.map((r) => r.text), ['维修〈护)费']);
});
