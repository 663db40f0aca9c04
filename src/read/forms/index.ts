// Owned by the forms work: finds performance-form blocks in a line stream and reads them.
import type { DepartmentTargetForm, ProjectForm, SelfEvaluationForm } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';

/** Kinds of performance form. */
export type FormKind = 'project' | 'department-target' | 'self-evaluation';

/** A form's line range in the document's line array: [start, end). */
export interface FormBlock {
  kind: FormKind;
  start: number;
  end: number;
}

/** Find every performance form block in the document's lines. */
export function findFormBlocks(_lines: readonly SourceLine[]): FormBlock[] {
  return [];
}

/** Read the forms of the given blocks. */
export function readForms(
  _lines: readonly SourceLine[],
  _blocks: readonly FormBlock[],
  _ctx: ReadContext,
): { projects: ProjectForm[]; departmentTargets: DepartmentTargetForm[]; selfEvaluations: SelfEvaluationForm[] } {
  return { projects: [], departmentTargets: [], selfEvaluations: [] };
}
