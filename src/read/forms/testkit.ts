// Test support only: a corpus document (or a synthetic text) run through the line reader and the form reader.
import type { DepartmentTargetForm, Diagnostic, ProjectForm, SelfEvaluationForm } from '../../model/index.js';
import { corpusText } from '../../../test/corpus.js';
import { createContext } from '../context.js';
import { readOcrMarkdown } from '../lines/ocr-markdown.js';
import { readTsvText } from '../lines/tsv.js';
import type { SourceLine } from '../lines/types.js';
import { findFormBlocks, readForms } from './index.js';
import type { FormBlock } from './types.js';

/** Everything the form reader made of one text. */
export interface ReadResult {
  lines: SourceLine[];
  blocks: FormBlock[];
  projects: ProjectForm[];
  departmentTargets: DepartmentTargetForm[];
  selfEvaluations: SelfEvaluationForm[];
  diagnostics: Diagnostic[];
}

const cache = new Map<string, ReadResult>();

/** Read a text (tab-separated, or OCR markdown when the name ends in .md) and its forms. */
export function readText(text: string, file = 'x.txt'): ReadResult {
  const lines = file.endsWith('.md') ? readOcrMarkdown(text, file).lines : readTsvText(text, file).lines;
  const ctx = createContext(file);
  const blocks = findFormBlocks(lines);
  const forms = readForms(lines, blocks, ctx);
  return { lines, blocks, ...forms, diagnostics: ctx.diagnostics };
}

/** Read a corpus document and its forms (cached: the documents are read-only). */
export function readCorpus(name: string): ReadResult {
  let r = cache.get(name);
  if (!r) {
    r = readText(corpusText(name), name);
    cache.set(name, r);
  }
  return r;
}

/** The project form whose 项目名称 is `name`, or an error naming what was there. */
export function project(r: ReadResult, name: string, nth = 0): ProjectForm {
  const found = r.projects.filter((p) => p.projectName === name)[nth];
  if (!found) throw new Error(`no project form ${name}; have ${r.projects.map((p) => p.projectName).join(', ')}`);
  return found;
}

/** The field of a form with that label (the nth when a label repeats). */
export function field(form: { fields: { label: string; value: string; pos: { line: number } }[] }, label: string, nth = 0): { label: string; value: string; pos: { line: number; column?: { start: number; end: number } } } {
  const found = form.fields.filter((f) => f.label === label)[nth];
  if (!found) throw new Error(`no field ${label}; have ${form.fields.map((f) => f.label).join(', ')}`);
  return found;
}
