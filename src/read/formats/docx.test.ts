import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, LevelFormat, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { readFile } from '../document.js';
import { chineseCounting, docxReader } from './docx.js';
import { DEFAULT_LIMITS } from './types.js';

const cell = (text: string, o: { columnSpan?: number; rowSpan?: number } = {}): TableCell => new TableCell({ children: [new Paragraph(text)], ...o });

/** A Word disclosure: a contents line with a tab, a line break inside a paragraph, a table with merged header cells. */
async function wordFile(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('项目', { rowSpan: 2 }), cell('2026年预算数', { columnSpan: 4 })] }),
      new TableRow({ children: [cell('合计'), cell('一般公共预算'), cell('政府性基金预算'), cell('国有资本经营预算')] }),
      new TableRow({ children: [cell('因公出国（境）费'), cell(''), cell(''), cell(''), cell('')] }),
      new TableRow({ children: [cell('公务接待费'), cell('1.20'), cell('1.20'), cell(''), cell('')] }),
      new TableRow({ children: [cell('公务用车购置及运行费'), cell('30.50'), cell('30.50'), cell(''), cell('')] }),
      new TableRow({ children: [cell('①公务用车购置费'), cell(''), cell(''), cell(''), cell('')] }),
      // a name wrapped into two paragraphs of one cell
      new TableRow({ children: [new TableCell({ children: [new Paragraph('②公务用车'), new Paragraph('运行维护费')] }), cell('30.50'), cell('30.50'), cell(''), cell('')] }),
      new TableRow({ children: [cell('合计'), cell('31.70'), cell('31.70'), cell(''), cell('')] }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ children: ['表十 2026年财政拨款安排“三公”经费支出预算表', new Tab(), '14'] })] }),
          new Paragraph(''),
          new Paragraph('2026年财政拨款安排“三公”经费支出预算表'),
          new Paragraph({ children: [new TextRun('部门名称：示范县应急管理局'), new TextRun({ text: '单位：万元', break: 1 })] }),
          table,
          new Paragraph('以上为财政拨款安排的“三公”经费。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

test('paragraphs, tabs, line breaks and merged table cells become lines of cells', async () => {
  const x = await docxReader.read(await wordFile(), 'w.docx', { limits: DEFAULT_LIMITS });
  assert.equal(x.container, 'docx');
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    [
      '表十 2026年财政拨款安排“三公”经费支出预算表\t14',
      '',
      '2026年财政拨款安排“三公”经费支出预算表',
      '部门名称：示范县应急管理局',
      '单位：万元',
      '项目\t2026年预算数\t\t\t',
      '\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算',
      '因公出国（境）费\t\t\t\t',
      '公务接待费\t1.20\t1.20\t\t',
      '公务用车购置及运行费\t30.50\t30.50\t\t',
      '①公务用车购置费\t\t\t\t',
      // two paragraphs of Chinese in one cell run on as one text
      '②公务用车运行维护费\t30.50\t30.50\t\t',
      '合计\t31.70\t31.70\t\t',
      '',
      '以上为财政拨款安排的“三公”经费。',
    ],
  );
  assert.equal(x.source.lines[4]?.ref, 'paragraph 4');
  assert.equal(x.source.lines[8]?.cells[2]?.ref, 'table 1 row 4 col 3');
});

test('the Word file reads to the 三公 table with refs to its cells', async () => {
  const r = await readFile(await wordFile(), 'w.docx');
  if (!r.ok) assert.fail(r.error.message);
  const t = r.document.tables.find((x) => x.kind === 'three-public');
  assert.ok(t, r.document.tables.map((x) => x.title).join(' | '));
  const rec = t.rows.find((x) => x.name === '公务接待费');
  assert.equal(rec?.cells['gpb']?.amount?.value, '1.20');
  assert.equal(rec?.cells['gpb']?.pos.ref, 'table 1 row 4 col 3');
  assert.equal(t.rows.find((x) => x.role === 'grand-total')?.cells['total']?.amount?.value, '31.70');
  assert.equal(t.rows.find((x) => x.code === undefined && x.name.startsWith('②'))?.name, '②公务用车运行维护费');
});

test('automatic list numbers are printed as Word shows them: 一、 （一） 1.', async () => {
  assert.equal(chineseCounting(1), '一');
  assert.equal(chineseCounting(10), '十');
  assert.equal(chineseCounting(12), '十二');
  assert.equal(chineseCounting(20), '二十');
  assert.equal(chineseCounting(105), '一百零五');
  assert.equal(chineseCounting(110), '一百一十');
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '部门职责', numbering: { reference: 'sections', level: 0 } }),
          new Paragraph({ text: '主要职能', numbering: { reference: 'sections', level: 1 } }),
          new Paragraph({ text: '组织编制应急预案', numbering: { reference: 'sections', level: 2 } }),
          new Paragraph({ text: '统筹救援力量', numbering: { reference: 'sections', level: 2 } }),
          new Paragraph({ text: '机构设置', numbering: { reference: 'sections', level: 1 } }),
          new Paragraph({ text: '机构设置情况', numbering: { reference: 'sections', level: 0 } }),
          new Paragraph('本部门无下属单位。'),
        ],
      },
    ],
  });
  const x = await docxReader.read(new Uint8Array(await Packer.toBuffer(doc)), 'n.docx', { limits: DEFAULT_LIMITS });
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    ['一、部门职责', '（一）主要职能', '1.组织编制应急预案', '2.统筹救援力量', '（二）机构设置', '二、机构设置情况', '本部门无下属单位。'],
  );
});

test('a heading style that numbers its paragraphs numbers them too', async () => {
  const doc = new Document({
    numbering: { config: [{ reference: 'parts', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1部分 ' }] }] },
    styles: { paragraphStyles: [{ id: 'PartHeading', name: 'Part heading', paragraph: { numbering: { reference: 'parts', level: 0 } } }] },
    sections: [
      {
        children: [
          new Paragraph({ text: '概况', style: 'PartHeading' }),
          new Paragraph('本部门职责。'),
          new Paragraph({ text: '2026年部门预算报表', style: 'PartHeading' }),
        ],
      },
    ],
  });
  const x = await docxReader.read(new Uint8Array(await Packer.toBuffer(doc)), 's.docx', { limits: DEFAULT_LIMITS });
  assert.deepEqual(
    x.source.lines.map((l) => l.text),
    ['第一部分 概况', '本部门职责。', '第二部分 2026年部门预算报表'],
  );
});
