import type { ContentsEntry, Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { allSections } from '../text.js';

const ORDINAL = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、]|表[一二三四五六七八九十]+|表\d{1,2}(?!\d)|公开\d+表)/;
const level = (title: string): number =>
  /^第[一二三四五六七八九十]+部分/.test(title) ? 1 : /^[一二三四五六七八九十]+[、.．]/.test(title) ? 2 : ORDINAL.test(title) ? 3 : 4;
const numberOf = (title: string): string =>
  /^(?:第([一二三四五六七八九十]+)部分|([一二三四五六七八九十]+)[、.．]|[（(]([一二三四五六七八九十]+)[）)])/.exec(title.replace(/\s+/g, ''))?.slice(1).find(Boolean) ?? '';

/** A title reduced to what names it: no ordinal, year, spaces, quotes; the body's name read as 部门. */
function core(title: string, bodyName: string): string {
  let t = title.replace(/\s+/g, '');
  for (let k = 0; k < 2; k++) t = t.replace(ORDINAL, '');
  if (bodyName) t = t.split(bodyName).join('部门');
  return t
    .replace(/20\d{2}年度?/g, '')
    .replace(/本(部门|单位)/g, '$1')
    .replace(/部门[（(]单位[）)]/g, '部门')
    .replace(/[“”"‘’'《》]/g, '');
}

function lcs(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) cur[j + 1] = ca === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, cur[j] ?? 0);
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

interface Titled {
  core: string;
  number: string;
}

// Section entries are often shortened or worded a little differently from the heading they point to: an
// entry matches a heading containing it, one it contains nearly whole, the same with a generic head word
// dropped (“项目经费情况说明” for each “…专项经费情况说明”), or — under the same number — one sharing most of
// its characters in order (“十一、其他重要事项说明” for “十一 其他重要事项的情况说明”). Table entries must name
// their table exactly (预算收入总表 and 预算收支总表 are different tables).
function sameSection(entry: Titled, body: Titled): boolean {
  const e = entry.core;
  const b = body.core;
  if (!e || !b) return false;
  if (b.includes(e) || (e.includes(b) && b.length >= 0.7 * e.length)) return true;
  const bare = e.replace(/^(?:项目|部门|单位)/, '');
  if (bare !== e && bare.length >= 4 && b.includes(bare)) return true;
  return entry.number !== '' && entry.number === body.number && lcs(e, b) >= 0.7 * Math.max(e.length, b.length);
}

const isTableEntry = (core: string): boolean => /表(?:[（(][^）)]*[）)])?$/.test(core);

/** Each table-of-contents entry is found in the body; each body table is listed when the contents list tables. */
export const contentsMatchBody: Rule = {
  id: 'contents-match-body',
  title: '目录与正文一致',
  category: 'text-quality',
  severity: 'warning',
  docs: 'Every entry of the table of contents (目录) must be a table or section found in the body (matched by title, ignoring ordinals, years and the body name), and when the contents list tables, every table of the body must be listed. A mismatch means a part was dropped or renamed after the contents were made. Entries that only group the entries below them are not required.',
  check(doc) {
    const entries = doc.contents ?? [];
    if (entries.length === 0) return [];
    const name = doc.body.name;
    const tables = doc.tables.map((t) => ({ core: core(t.title, name), t }));
    const sections: Titled[] = allSections(doc).map((s) => ({ core: core(s.title, name), number: s.number }));
    const out: Finding[] = [];
    const listed = new Set<number>();
    entries.forEach((e: ContentsEntry, i) => {
      const entry: Titled = { core: core(e.title, name), number: numberOf(e.title) };
      if (entry.core.length < 2) return;
      const tableHits = tables.flatMap((t, k) => (t.core === entry.core ? [k] : []));
      for (const k of tableHits) listed.add(k);
      if (tableHits.length > 0) return;
      // A table entry may also be a part heading (第二部分 2026年部门预算报表), never a different table.
      if (sections.some((s) => (isTableEntry(entry.core) ? s.core === entry.core : sameSection(entry, s)))) return;
      const next = entries[i + 1];
      if (next && level(next.title) > level(e.title)) return;
      out.push({ rule: 'contents-match-body', severity: 'warning', location: e.pos, params: { kind: 'entry-not-in-body', subject: e.title } });
    });
    // Only contents that list tables at all can be expected to list each of them.
    if (listed.size >= 3)
      tables.forEach((t, k) => {
        if (!listed.has(k)) out.push({ rule: 'contents-match-body', severity: 'warning', location: t.t.pos, params: { kind: 'table-not-in-contents', subject: t.t.title } });
      });
    return out;
  },
};
