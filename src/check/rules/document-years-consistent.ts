import type { Finding, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { allSections } from '../text.js';

// A year that names what a title is for: “2026年预算收支总表”, “2025年度单位预算情况说明”, “2024 年度部门决算”.
// A year in a title that names something else (“2024年工作完成情况”) is not the document's year.
const TITLE_YEAR = /(20\d{2})\s*年度?\s*(?=[^，。；]*(?:预算|决算|报表|表$|绩效))/g;

/** The years of table, form, contents and section titles agree with the document's year. */
export const documentYearsConsistent: Rule = {
  id: 'document-years-consistent',
  title: '文档年度一致',
  category: 'text-quality',
  severity: 'warning',
  docs: 'The year printed in each table title, table of contents entry, section title and performance form must be the year of the document (a 2026 budget whose table says 2025年… was copied from last year and not updated). Final accounts are for their year, so their tables carry it too.',
  check(doc) {
    const year = doc.year;
    if (year === undefined) return [];
    const out: Finding[] = [];
    const check = (title: string, pos: Position, kind: string): void => {
      for (const m of title.matchAll(TITLE_YEAR)) {
        if (Number(m[1]) === year) continue;
        out.push({ rule: 'document-years-consistent', severity: 'warning', location: pos, expected: String(year), actual: m[1]!, params: { kind, subject: title } });
        return;
      }
    };
    for (const t of doc.tables) {
      check(t.title, t.pos, 'table');
      // A year read from the table's meta lines (年度: 2025) rather than its title.
      if (t.year !== undefined && t.year !== year && !/20\d{2}\s*年/.test(t.title))
        out.push({ rule: 'document-years-consistent', severity: 'warning', location: t.pos, expected: String(year), actual: String(t.year), params: { kind: 'table', subject: t.title } });
    }
    for (const c of doc.contents ?? []) check(c.title, c.pos, 'contents');
    for (const s of allSections(doc)) check(s.title, s.pos, 'section');
    const forms = [...doc.forms.projects.map((f) => ({ ...f, name: f.projectName })), ...doc.forms.departmentTargets.map((f) => ({ ...f, name: f.title })), ...doc.forms.selfEvaluations.map((f) => ({ ...f, name: f.title }))];
    for (const f of forms) {
      if (f.year !== undefined && f.year !== year)
        out.push({ rule: 'document-years-consistent', severity: 'warning', location: f.pos, expected: String(year), actual: String(f.year), params: { kind: 'form', subject: f.name } });
    }
    return out;
  },
};
