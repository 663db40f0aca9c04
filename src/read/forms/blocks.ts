// Locating performance forms: a form starts at its title line and runs until the next title,
// until the prose resumes, or to the end of the document.
import type { SourceLine } from '../lines/types.js';
import { tocLineIndexes } from '../toc.js';
import { compact, tokensOf } from './text.js';
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
const ATTACHMENT = /^附件\s*\d*$/;

/** The kind of form a title line starts, or undefined when the line is no form title. */
export function formTitleKind(line: SourceLine): FormKind | undefined {
  const toks = tokensOf(line);
  if (toks.length !== 1) return undefined;
  const text = compact(toks[0]?.text ?? '');
  if (text.length > 40 || /[，。；]/.test(text)) return undefined;
  for (const [kind, re] of TITLES) if (re.test(text)) return kind;
  return undefined;
}

/** True when the line is a heading of the surrounding narrative (a form ends before it). */
export function isNarrativeHeading(line: SourceLine): boolean {
  if (line.heading !== undefined) return true;
  const toks = tokensOf(line);
  if (toks.length !== 1) return false;
  const text = (toks[0]?.text ?? '').trim();
  return text.length <= 40 && NARRATIVE_HEADING.test(text);
}

/** Find every performance form in the document's lines, in document order. */
export function findFormBlocks(lines: readonly SourceLine[]): FormBlock[] {
  const toc = tocLineIndexes(lines);
  const starts: { index: number; kind: FormKind }[] = [];
  lines.forEach((line, index) => {
    if (toc.has(index)) return;
    const kind = formTitleKind(line);
    if (kind) starts.push({ index, kind });
  });
  const firsts = starts.map(({ index }, k) => attachmentStart(lines, index, starts[k - 1]?.index ?? -1));
  return starts.map(({ index, kind }, k) => {
    const limit = firsts[k + 1] ?? lines.length;
    let end = index + 1;
    while (end < limit && !isNarrativeHeading(lines[end]!)) end++;
    // Trailing blank lines belong to the prose around the form, not to the form.
    while (end > index + 1 && tokensOf(lines[end - 1]!).length === 0) end--;
    return { kind, start: firsts[k] ?? index, end };
  });
}

// An attachment label (附件2) printed just before a title belongs to that form.
function attachmentStart(lines: readonly SourceLine[], title: number, previousTitle: number): number {
  let i = title - 1;
  while (i > previousTitle && tokensOf(lines[i]!).length === 0) i--;
  const line = i > previousTitle ? lines[i] : undefined;
  if (!line) return title;
  const toks = tokensOf(line);
  return toks.length === 1 && ATTACHMENT.test(toks[0]?.text ?? '') ? i : title;
}
