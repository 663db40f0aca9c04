import {
  AlignmentType,
  Document as DocxDocument,
  Footer,
  HeadingLevel,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FormNode, PublishNode, TableNode } from './tree.js';

// Word picks a CJK font by its eastAsia slot; SimSun (宋体) is what the templates are set in, WenQuanYi where it is not.
const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
const SIZE = 21; // half-points: 10.5 pt (五号)
const TABLE_SIZE = 17;

const run = (text: string, size = SIZE, extra: { highlight?: 'yellow' } = {}): TextRun => new TextRun({ text, font: FONT, size, ...extra });
const cell = (text: string, opts: { span?: number; rows?: number; right?: boolean; head?: boolean; indent?: number } = {}): TableCell =>
  new TableCell({
    children: [new Paragraph({ children: [run(text, TABLE_SIZE)], alignment: opts.right ? AlignmentType.RIGHT : opts.head ? AlignmentType.CENTER : AlignmentType.LEFT, ...(opts.indent ? { indent: { left: opts.indent * 200 } } : {}) })],
    ...(opts.span && opts.span > 1 ? { columnSpan: opts.span } : {}),
    ...(opts.rows && opts.rows > 1 ? { rowSpan: opts.rows } : {}),
    ...(opts.head ? { shading: { type: ShadingType.CLEAR, fill: 'F3F3F3', color: 'auto' } } : {}),
  });

function tableChildren(t: TableNode): (Paragraph | Table)[] {
  const sum = t.widths.reduce((a, b) => a + b, 0) || 1;
  const header = t.header.map((row) => new TableRow({ tableHeader: true, cantSplit: true, children: row.map((c) => cell(c.text, { span: c.colspan, rows: c.rowspan, head: true })) }));
  const width = t.widths.length;
  const body = t.rows.length
    ? t.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c.text, { right: c.num, ...(i <= 1 && !c.num && r.level ? { indent: r.level } : {}) })) }))
    : [new TableRow({ children: [cell('', { span: width })] })];
  return [
    ...(t.number ? [new Paragraph({ children: [run(t.number, TABLE_SIZE)] })] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, children: [run(t.title, 28)] }),
    new Paragraph({ children: [run(`${t.bodyLabel}：${t.bodyName ?? ''}`, TABLE_SIZE), run(t.unit ? `\t单位：${t.unit}` : '', TABLE_SIZE)], tabStops: [{ type: 'right', position: t.wide ? 13900 : 9000 }] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: t.widths.map((w) => Math.round(((t.wide ? 13900 : 9000) * w) / sum)), rows: [...header, ...body] }),
    ...t.notes.map((n) => new Paragraph({ children: [run(n, TABLE_SIZE)] })),
  ];
}

function formChildren(f: FormNode): (Paragraph | Table)[] {
  const rows: TableRow[] = [...f.header, ...f.texts].map(([k, v]) => new TableRow({ children: [cell(k, { head: true }), cell(v, { span: 4 })] }));
  if (f.funding?.rows.length)
    rows.push(
      new TableRow({ children: [cell(f.funding.columns[0] ?? '', { head: true }), ...f.funding.columns.slice(1).map((c, i, all) => cell(c, { head: true, span: i === all.length - 1 ? 5 - all.length : 1 }))] }),
      ...f.funding.rows.map((r) => new TableRow({ children: [cell(r.label), ...r.amounts.map((a, i, all) => cell(a, { right: true, span: i === all.length - 1 ? 5 - all.length : 1 }))] })),
    );
  if (f.goals) rows.push(new TableRow({ children: [cell('总体目标', { head: true }), cell(f.goals.period, { span: 2 }), cell(f.goals.year, { span: 2 })] }));
  const blocks = f.indicators.map(
    (b) =>
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: ['一级指标', '二级指标', '三级指标', '指标值', ...(b.actual ? ['实际完成值'] : [])].map((h) => cell(h, { head: true })) }),
          ...b.rows.map((i) => new TableRow({ cantSplit: true, children: [i.level1, i.level2, i.name, i.value, ...(b.actual ? [i.actual ?? ''] : [])].map((x) => cell(x)) })),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.CENTER, pageBreakBefore: true, children: [run(f.title, 28)] }),
    ...(f.year !== undefined ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`（${f.year}年度）`)] })] : []),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    ...blocks.flatMap((t, i) => [new Paragraph({ children: [run(f.indicators[i]?.caption ?? '', TABLE_SIZE)] }), t]),
    ...(f.footer.length ? [new Paragraph({ children: [run(f.footer.map(([k, v]) => `${k}${v}`).join('　　'), TABLE_SIZE)] })] : []),
  ];
}

const footer = (): Footer => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 18 })] })] });

/**
 * The published tree as a Word document with real tables (header rows repeated on each page, rows kept whole),
 * wide tables in landscape sections, Word's own contents field (page numbers filled when Word opens the file),
 * page numbers in the footer, placeholders highlighted. Charts are left out.
 */
export async function publishDocx(tree: readonly PublishNode[]): Promise<Uint8Array> {
  const sections: ISectionOptions[] = [];
  let children: (Paragraph | Table | TableOfContents)[] = [];
  const close = (landscape = false): void => {
    if (children.length) sections.push({ properties: { page: { size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } }, footers: { default: footer() }, children });
    children = [];
  };
  let breakNext = false;
  for (const n of tree) {
    const pageBreakBefore = breakNext;
    breakNext = false;
    switch (n.type) {
      case 'cover':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 4000 }, children: [run(n.body, 44)] }), new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 400 }, children: [run(n.title, 52)] }));
        breakNext = true;
        break;
      case 'toc':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, pageBreakBefore: true, children: [run('目　录', 32)] }), new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }));
        breakNext = true;
        break;
      case 'heading':
        children.push(new Paragraph({ heading: n.level === 1 ? HeadingLevel.HEADING_1 : n.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, pageBreakBefore, alignment: n.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(n.text, n.level === 1 ? 32 : n.level === 2 ? 28 : 24)] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ pageBreakBefore, indent: { firstLine: 420 }, children: n.runs.map((r) => run(r.text, SIZE, r.placeholder ? { highlight: 'yellow' } : {})) }));
        break;
      case 'table':
        if (n.wide) {
          close();
          children.push(...tableChildren(n));
          close(true);
        } else children.push(new Paragraph({ pageBreakBefore: true, children: [] }), ...tableChildren(n));
        break;
      case 'form':
        children.push(...formChildren(n));
        break;
      case 'chart':
        break;
      case 'pageBreak':
        breakNext = true;
        break;
    }
  }
  close();
  const doc = new DocxDocument({ creator: 'gongkai', features: { updateFields: true }, sections });
  return new Uint8Array(await Packer.toBuffer(doc));
}
