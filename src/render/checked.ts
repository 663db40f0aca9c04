import type { Document, Finding, RuleCategory, Severity } from '../model/index.js';
import { CATEGORY_NAMES } from '../check/catalogue-markdown.js';

/** One checked document: the path it was read from (as given), its model and its findings. */
export interface Checked {
  file: string;
  doc: Document;
  findings: Finding[];
  /** Counts of all findings when `findings` is a selection (--errors); counted from `findings` otherwise. */
  counts?: Counts;
}

/** Findings by severity. */
export type Counts = Record<Severity, number>;

/** Severity names in the reports. */
export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Category names in the reports, in report order. */
export const CATEGORY_ZH: Record<RuleCategory, string> = CATEGORY_NAMES;

/** Document kinds in the reports. */
export const DOC_KIND_ZH: Record<Document['kind'], string> = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标表' };

/** A rounding difference (尾差) the rule reported as information. */
export function isRounding(f: Finding): boolean {
  return f.params['rounding'] === 'true';
}

/** How many findings of each severity. */
export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** What a document is, in one line: body · year · kind. */
export function docHeading(doc: Document): string {
  return [doc.body.name || '（未识别单位）', doc.year ?? '', `${doc.scope ?? ''}${DOC_KIND_ZH[doc.kind]}`].filter((s) => s !== '').join(' · ');
}

/** Categories that have findings, in report order, each with its findings (order kept). */
export function byCategory(findings: readonly Finding[], categoryOf: (f: Finding) => RuleCategory): [RuleCategory, Finding[]][] {
  const groups = new Map<RuleCategory, Finding[]>();
  for (const f of findings) {
    const c = categoryOf(f);
    groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  return (Object.keys(CATEGORY_ZH) as RuleCategory[]).flatMap((c) => {
    const fs = groups.get(c);
    return fs ? [[c, fs] as [RuleCategory, Finding[]]] : [];
  });
}
