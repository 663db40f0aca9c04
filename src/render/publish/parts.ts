import type { Document, NarrativeSection } from '../../model/index.js';
import type { Ids, PublishNode } from './tree.js';

/** Every narrative section (any depth, document order) whose title matches. */
export function findSections(sections: readonly NarrativeSection[], re: RegExp): NarrativeSection[] {
  return sections.flatMap((s) => [...(re.test(s.title) ? [s] : []), ...findSections(s.children, re)]);
}

/** The first narrative section whose title matches, preferring one that has text. */
export function findSection(sections: readonly NarrativeSection[], re: RegExp): NarrativeSection | undefined {
  const all = findSections(sections, re);
  return all.find((s) => s.text.trim() || s.facts.length || s.children.length) ?? all[0];
}

// Entered text (duties, organisation, glossary) is carried over paragraph by paragraph.
const paragraphs = (text: string): PublishNode[] =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', runs: [{ text: p }] }));

const PLACEHOLDER = (what: string): PublishNode => ({ type: 'paragraph', runs: [{ text: `【待填写：${what}】`, placeholder: true }] });

/** Part 1 (职责, 机构设置) and Part 4 (名词解释) from the entered texts of the model. */
export function partsOneAndFour(doc: Document, ids: Ids): { one: PublishNode[]; four: PublishNode[] } {
  const sections = doc.narrative.sections;
  const duties = findSection(sections, /职责|主要职能/);
  const org = findSection(sections, /机构设置/);
  // A numbered list of units (序号 | 所属单位名称) is printed as the list, not as the text it was read from.
  const units = doc.organization.units;
  const listed = units.length > 0 && units.every((u) => u.index !== undefined);
  const orgText = listed
    ? [`本部门所属单位共${units.length}个：`, ...units.map((u) => `${u.index}. ${u.name}${u.note && !u.name.includes(u.note) ? `（${u.note}）` : ''}`)].join('\n')
    : org?.text.trim() || doc.organization.text || units.map((u) => u.name).join('、');
  const one: PublishNode[] = [
    { type: 'heading', level: 1, text: '第一部分 概况', id: ids.next('part1') },
    { type: 'heading', level: 2, text: '一、本部门职责', id: ids.next('s') },
    ...(duties?.text.trim() ? paragraphs(duties.text) : [PLACEHOLDER('本部门职责')]),
    { type: 'heading', level: 2, text: '二、机构设置情况', id: ids.next('s') },
    ...(orgText ? paragraphs(orgText) : [PLACEHOLDER('机构设置情况')]),
  ];
  const four: PublishNode[] = [
    { type: 'heading', level: 1, text: '第四部分 名词解释', id: ids.next('part4') },
    ...(doc.glossary.length
      ? doc.glossary.map((g, i): PublishNode => ({ type: 'paragraph', runs: [{ text: `${chineseNumber(i + 1)}、${g.term}：${g.definition}` }] }))
      : [PLACEHOLDER('名词解释')]),
  ];
  return { one, four };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 12 → 十二, 20 → 二十, 23 → 二十三 (section and list numbers up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones ? (DIGITS[ones] ?? '') : ''}`;
}
