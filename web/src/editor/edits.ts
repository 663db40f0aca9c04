// The edits the editor makes besides amounts (src/model/edit.ts): reason paragraphs and indicator values. Each returns
// a new document and leaves the input untouched, like setAmount.
import type { Document, Indicator, NarrativeSection } from '../../../src/model/index.js';
import { parseMeasure } from '../../../src/read/forms/measure.js';

/** Where a section is: its index at each level of the narrative tree. */
export type SectionPath = readonly number[];

// A paragraph a human writes: it gives reasons (变动原因, 增减原因); the figures around it come from the tables.
const REASONS = /原因/;

/** Whether a section's text is written by a person (reasons), so the editor offers a text box for it. */
export const isReasonSection = (s: NarrativeSection): boolean => s.text.trim() !== '' && (REASONS.test(s.text) || REASONS.test(s.title));

/**
 * Replace a section's text. Its figures (facts) were read from the old text and are not re-read here (the reader is
 * not part of the web bundle): a figure whose words are no longer in the text is dropped, so no check runs on a
 * figure the text does not say any more.
 */
export function setSectionText(doc: Document, path: SectionPath, text: string): Document {
  const walk = (ss: readonly NarrativeSection[], depth: number): NarrativeSection[] =>
    ss.map((s, i) => {
      if (i !== path[depth]) return s;
      if (depth < path.length - 1) return { ...s, children: walk(s.children, depth + 1) };
      return { ...s, text, facts: s.facts.filter((f) => f.text !== '' && text.includes(f.text)) };
    });
  return { ...doc, narrative: { ...doc.narrative, sections: walk(doc.narrative.sections, 0) } };
}

/** Where an indicator is: which kind of form, which form, which list of it, which indicator. */
export interface IndicatorRef {
  form: 'projects' | 'departmentTargets' | 'selfEvaluations';
  index: number;
  list: 'year' | 'period' | 'indicators';
  item: number;
}

/** Replace an indicator's 指标值; its parsed measure is parsed again from the new text. */
export function setIndicatorValue(doc: Document, ref: IndicatorRef, value: string): Document {
  const edit = <T extends Indicator>(list: readonly T[]): T[] =>
    list.map((x, i) => {
      if (i !== ref.item) return x;
      const { measure: _old, ...rest } = x;
      const m = parseMeasure(value);
      return { ...rest, value, ...(m ? { measure: m } : {}) } as T;
    });
  const forms = { ...doc.forms };
  if (ref.form === 'projects')
    forms.projects = forms.projects.map((f, i) =>
      i !== ref.index || ref.list === 'indicators' ? f : { ...f, indicators: { ...f.indicators, [ref.list]: edit(f.indicators[ref.list]) } },
    );
  else if (ref.form === 'departmentTargets') forms.departmentTargets = forms.departmentTargets.map((f, i) => (i === ref.index ? { ...f, indicators: edit(f.indicators) } : f));
  else forms.selfEvaluations = forms.selfEvaluations.map((f, i) => (i === ref.index ? { ...f, indicators: edit(f.indicators) } : f));
  return { ...doc, forms };
}

/** Exact decimal text as a person types it (no grouping commas, no unit): 12, 12.5, -3.40. */
export const isDecimalText = (s: string): boolean => /^-?\d+(\.\d+)?$/.test(s.trim());
