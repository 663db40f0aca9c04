import type { MoneyUnit } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { diag, posOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import type { TableBlock } from './index.js';
import { NUMBER_LABEL, compactName, filled, isAmountText, isMetaLine, isNoteLine, isTitleLine } from './patterns.js';

/** A table block split into its printed parts, before any kind-specific reading. */
export interface TableFrame {
  title: string;
  titleLine: SourceLine;
  number?: string;
  year?: number;
  bodyName?: string;
  unit?: MoneyUnit;
  header: SourceLine[];
  body: SourceLine[];
  notes: SourceLine[];
  noData: boolean;
}

const CODE = /^\d{3}(?:\d{2}){0,2}$/;
const HEADER_WORD = /编码|代码|名称|科目|分类|栏次|行次|金额|预算数|决算数|^项目$|^[类款项]$/;
const TOTAL_NAMES = /^(?:合计|总计|部门合计)$/;

/** Whether a line starts the body: it holds an amount, a classification code, or a total row. */
export function isBodyStart(line: SourceLine): boolean {
  const cells = filled(line);
  if (cells.some(isAmountText)) return true;
  const first = cells[0] ?? '';
  // 合计 heads a body row when only amounts follow it; beside other labels it is a header label.
  if (TOTAL_NAMES.test(first.replace(/\s+/g, '')) && cells.slice(1).every((t) => /^[\d,.\-—]+$/.test(t))) return true;
  // Codes printed whole (2240101) or split (201 / 13 / 01).
  return CODE.test(first) && cells.length >= 2 && !/^\d+$/.test(cells[1] ?? '');
}

function unitOf(text: string): MoneyUnit | undefined {
  const m = /单位[:：]\s*(万元|元|亿元|万)/.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  return m[1] === '万' ? '万元' : (m[1] as MoneyUnit);
}

/** Split a block into title, meta, header rows, body rows and notes. */
export function frameOf(lines: readonly SourceLine[], block: TableBlock, ctx: ReadContext): TableFrame {
  const all = lines.slice(block.start, block.end);
  const titleIdx = all.findIndex(isTitleLine);
  const titleLine = all[Math.max(0, titleIdx)]!;
  const title = compactName(filled(titleLine).join(''));
  const frame: TableFrame = { title, titleLine, header: [], body: [], notes: [], noData: false };
  const ym = /^(\d{4})年/.exec(title);
  if (ym) frame.year = Number(ym[1]);

  let numberParts = '';
  let phase: 'meta' | 'header' | 'body' = 'meta';
  for (let i = 0; i < all.length; i++) {
    if (i === titleIdx) continue;
    const line = all[i]!;
    const cells = filled(line);
    if (cells.length === 0) continue;
    const joined = cells.join(' ');
    if (isNoteLine(line) || (phase === 'body' && /本表无数据|本表为空表|空表/.test(joined))) {
      frame.notes.push(line);
      if (/本表无数据|空表|无数据/.test(joined)) frame.noData = true;
      continue;
    }
    if (phase !== 'body' && isMetaLine(line)) {
      readMeta(frame, cells);
      const compact = joined.replace(/\s+/g, '');
      if (NUMBER_LABEL.test(compact) || compact === '表') numberParts += compact;
      continue;
    }
    if (phase !== 'body' && /单位[:：]\s*万$/.test(joined.replace(/\s+/g, '')) ) {
      // OCR split 单位：万 / 元 over two lines.
      frame.unit = '万元';
      continue;
    }
    if (phase !== 'body' && joined.trim() === '元' && frame.unit === '万元') continue;
    if (phase !== 'body' && isBodyStart(line)) phase = 'body';
    // A row with only its name filled (an empty item such as 因公出国（境）费) ends the header too.
    if (phase === 'header' && frame.header.length > 0 && line.cells.length >= 3 && cells.length === 1 && (line.cells[0]?.text ?? '') !== '' && !HEADER_WORD.test(cells[0] ?? ''))
      phase = 'body';
    if (phase === 'body') frame.body.push(line);
    else {
      phase = 'header';
      frame.header.push(line);
    }
  }
  // A name fragment printed just above the first body line (centred wrapped text) belongs to the body.
  for (let last = frame.header[frame.header.length - 1]; last && frame.body[0] && last.no + 1 === frame.body[0].no; last = frame.header[frame.header.length - 1]) {
    const texts = filled(last);
    if (texts.length !== 1 || HEADER_WORD.test(texts[0] ?? '') || isBodyStart(last)) break;
    frame.body.unshift(frame.header.pop()!);
  }
  if (numberParts) frame.number = numberParts;
  if (!frame.unit) {
    frame.unit = '万元';
    diag(ctx, 'warning', 'unit-assumed', `no unit printed for table ${title}; 万元 assumed`, posOf(ctx, titleLine));
  }
  return frame;
}

function readMeta(frame: TableFrame, cells: string[]): void {
  for (const c of cells) {
    const t = c.replace(/\s+/g, '');
    const u = unitOf(t);
    if (u) frame.unit = u;
    const b = /^(?:部门名称|单位名称|编制部门|编制单位|预算单位|决算部门)[:：](.+?)(?:(?:金额)?单位[:：].*)?$/.exec(t);
    if (b?.[1]) frame.bodyName = b[1];
    const y = /^(\d{4})年度?$/.exec(t);
    if (y && frame.year === undefined) frame.year = Number(y[1]);
  }
}
