import { parseDecimal } from '../../model/decimal.js';
import type { SourceLine } from '../lines/types.js';

/** A printed table number such as 预算公开表1, 部门公开表9, 公开01表 (or its broken first half 公开02). */
export const NUMBER_LABEL = /^(?:预算公开表|部门公开表|单位公开表|公开)\s*\d{1,2}\s*表?$/;
const TITLE_END = /表(?:[（(][^）)]{1,12}[）)])?$/;
const NOT_TITLE = /绩效|[，。；：:]|见附件|^注|^说明|^第.{1,3}部分|报表$/;
/** Lines that end a table block: parts, numbered prose headings, headings of prose. */
export const PROSE_HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、\S|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)\s*\S)/;
const HEADING_SUFFIX = /(?:说明|情况|概况|职能|职责|解释|设置)$/;

/** Non-empty cell texts of a line. */
export function filled(line: SourceLine): string[] {
  return line.cells.map((c) => c.text).filter((t) => t !== '');
}

/** Whether a cell text is a printed amount (4558.02, 4,558.02, 371,514,655.00, 0.00). */
export function isAmountText(text: string): boolean {
  return /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,4}$/.test(text.trim()) || /^-?\d{1,3}(?:,\d{3})+$/.test(text.trim());
}

/** Whether a cell could be an amount in a value column (also plain integers such as 0 or 27). */
export function isValueText(text: string): boolean {
  return parseDecimal(text) !== undefined;
}

/** Whether a line is a table title (one short cell naming a table). */
export function isTitleLine(line: SourceLine): boolean {
  if (!line.text.includes('表')) return false;
  const cells = filled(line);
  if (cells.length !== 1) return false;
  const t = (cells[0] ?? '').replace(/\s+/g, '');
  if (t.length < 4 || t.length > 60 || NOT_TITLE.test(t) || NUMBER_LABEL.test(t)) return false;
  return TITLE_END.test(t);
}

/** Whether a single-cell line starts or names a prose section (so a table cannot continue through it). */
export function isProseHeading(line: SourceLine): boolean {
  // Table rows keep their empty cells (tabs), so only a line that is one cell can be prose.
  if (line.cells.length !== 1) return false;
  const cells = filled(line);
  if (cells.length !== 1) return false;
  const t = (cells[0] ?? '').trim();
  if (PROSE_HEADING.test(t)) return true;
  const compact = t.replace(/\s+/g, '');
  return compact.length <= 24 && HEADING_SUFFIX.test(compact) && !isTitleLine(line);
}

/** Whether a line is a meta line of a table (部门名称, 单位, 年度). */
export function isMetaLine(line: SourceLine): boolean {
  const t = filled(line).join(' ').replace(/\s+/g, '');
  return /^(?:部门名称|单位名称|编制部门|编制单位|预算单位|决算部门)[:：]/.test(t) || /^(?:金额)?单位[:：]/.test(t) || /^\d{4}年度?$/.test(t) || NUMBER_LABEL.test(t) || t === '表';
}

/** Whether a line is a note under a table (注：…, 说明：…). */
export function isNoteLine(line: SourceLine): boolean {
  const t = filled(line).join(' ').trim();
  return /^(?:注|说明|备注)\s*[:：]/.test(t);
}

/** Remove spaces inside Chinese text left by wrapped cells (灾害防治及应 急管理支出). */
export function compactName(text: string): string {
  if (!/\s/.test(text)) return text;
  return text.replace(/(?<=[\u4e00-\u9fa5（）“”])\s+(?=[\u4e00-\u9fa5（）“”])/g, '').trim();
}
