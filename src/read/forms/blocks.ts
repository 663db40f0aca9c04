// Locating performance forms: a form starts at its title line and runs until the next title,
// until the prose resumes, or to the end of the document.
import type { SourceLine } from '../lines/types.js';
import { tocLineIndexes } from '../toc.js';
import { compact } from './text.js';
import { isBlank, soleText } from './tokens.js';
import type { FormBlock, FormKind } from './types.js';

// Titles are matched on the whole line so that prose mentioning a form
// (（项目绩效目标表公开情况见附件）) never starts one.
const TITLES: readonly [FormKind, RegExp][] = [
  ['project', /^\S{0,24}项目支出绩效目标(?:申报)?表$/],
  ['department-target', /^\S{0,24}整体支出绩效目标(?:申报)?表$/],
  ['self-evaluation', /^\S{0,24}整体支出绩效自评表$/],
];

// Headings of the narrative: 十一、国有资产占有使用情况, 第四部分 名词解释, （二）其他.
const NARRATIVE_HEADING = /^(?:[一二三四五六七八九十百]+、|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[）)])\S/;
// Whether a line's first text could open such a heading: a test on the line's text before its cells are looked at.
const MAY_HEAD = /^\s*[一二三四五六七八九十百第（(]/;
const ATTACHMENT = /^附件\s*\d*$/;

/** The kind of form a title line starts, or undefined when the line is no form title. */
export function formTitleKind(line: SourceLine): FormKind | undefined {
  const sole = soleText(line);
  return sole === undefined ? undefined : titleKindOf(sole);
}

// The kind of form a line whose only text is `sole` starts.
function titleKindOf(sole: string): FormKind | undefined {
  // Asked of every line of the document: only the few that end in 表, as every title does, go further.
  if (!endsInTable(sole)) return undefined;
  const text = compact(sole);
  if (text.length > 40 || /[，。；]/.test(text)) return undefined;
  for (const [kind, re] of TITLES) if (re.test(text)) return kind;
  return undefined;
}

const TABLE = 0x8868; // 表
const COLON = 0x3a;
const WIDE_COLON = 0xff1a;
const TABLE_THEN_COLONS = /表[:：\s]*$/;

// Whether a line's text may hold a title: its last text must end in 表 (or in colons after 表, which the
// whole text then decides), and only tabs and spaces may follow it.
function mayHoldTitle(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === TAB || text.charCodeAt(i) === SPACE)) i--;
  const last = text.charCodeAt(i);
  if (last === TABLE) return true;
  return (last === COLON || last === WIDE_COLON || OTHER_SPACE.test(text.charAt(i))) && text.includes('表');
}

const TAB = 0x09;
const SPACE = 0x20;
const OTHER_SPACE = /\s/;

// Whether the label form (`compact`) of a trimmed text ends in 表, i.e. 表 comes last but for colons and spaces.
function endsInTable(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === TABLE) return true;
  return (last === COLON || last === WIDE_COLON) && TABLE_THEN_COLONS.test(text);
}

// Whether a line's only text is a heading of the surrounding narrative (a form ends before it).
function isHeadingText(sole: string | undefined): boolean {
  return sole !== undefined && sole.length <= 40 && NARRATIVE_HEADING.test(sole);
}

/** Find every performance form in the document's lines, in document order (pass the TOC lines when known, to skip recomputing them). */
export function findFormBlocks(lines: readonly SourceLine[], tocLines?: ReadonlySet<number>): FormBlock[] {
  // One pass over the cells: a line's only text tells both whether it is a title and whether it is a heading.
  const titles: { index: number; kind: FormKind }[] = [];
  const headings = new Uint8Array(lines.length);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // The line's text holds its cells' texts joined by tabs: most lines are ruled out without looking at a cell.
    const title = mayHoldTitle(line.text);
    const heading = line.heading !== undefined || MAY_HEAD.test(line.text);
    if (!title && !heading) continue;
    const sole = soleText(line);
    if (line.heading !== undefined || (heading && isHeadingText(sole))) headings[index] = 1;
    const kind = title && sole !== undefined ? titleKindOf(sole) : undefined;
    if (kind) titles.push({ index, kind });
  }
  if (titles.length === 0) return [];
  const toc = tocLines ?? tocLineIndexes(lines);
  const starts = titles.filter(({ index }) => !toc.has(index));
  const firsts = starts.map(({ index }, k) => attachmentStart(lines, index, starts[k - 1]?.index ?? -1));
  return starts.map(({ index, kind }, k) => {
    const limit = firsts[k + 1] ?? lines.length;
    let end = index + 1;
    while (end < limit && headings[end] === 0) end++;
    // Trailing blank lines belong to the prose around the form, not to the form.
    while (end > index + 1 && isBlank(lines[end - 1]!)) end--;
    return { kind, start: firsts[k] ?? index, end };
  });
}

// An attachment label (附件2) printed just before a title belongs to that form.
function attachmentStart(lines: readonly SourceLine[], title: number, previousTitle: number): number {
  let i = title - 1;
  while (i > previousTitle && isBlank(lines[i]!)) i--;
  const line = i > previousTitle ? lines[i] : undefined;
  if (!line) return title;
  const sole = soleText(line);
  return sole !== undefined && ATTACHMENT.test(sole) ? i : title;
}
