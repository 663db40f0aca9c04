// Owned by the forms work: finds performance-form blocks in a line stream and reads them.
import type { DepartmentTargetForm, ProjectForm, SelfEvaluationForm } from '../../model/index.js';
import { diag, posOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { readDepartmentForm } from './department-form.js';
import { readProjectForm } from './project-form.js';
import { readSelfEvaluation } from './self-evaluation.js';
import type { FormBlock } from './types.js';

/** Block finding, 指标值 parsing and the block types, re-exported for the document reader and tests. */
export { findFormBlocks } from './blocks.js';
export { parseMeasure } from './measure.js';
export type { FormBlock, FormKind } from './types.js';

/** Read the forms of the given blocks. Never throws: a form that cannot be read becomes a diagnostic. */
export function readForms(
  lines: readonly SourceLine[],
  blocks: readonly FormBlock[],
  ctx: ReadContext,
): { projects: ProjectForm[]; departmentTargets: DepartmentTargetForm[]; selfEvaluations: SelfEvaluationForm[] } {
  const out = { projects: [] as ProjectForm[], departmentTargets: [] as DepartmentTargetForm[], selfEvaluations: [] as SelfEvaluationForm[] };
  for (const block of blocks) {
    const first = lines[block.start];
    if (!first || block.end <= block.start || block.end > lines.length) continue;
    try {
      if (block.kind === 'project') out.projects.push(readProjectForm(lines, block, ctx));
      else if (block.kind === 'department-target') out.departmentTargets.push(readDepartmentForm(lines, block, ctx));
      else out.selfEvaluations.push(readSelfEvaluation(lines, block, ctx));
    } catch (e) {
      // A reader bug on one form must not lose the others.
      diag(ctx, 'error', 'form-read-failed', `the ${block.kind} form could not be read: ${e instanceof Error ? e.message : String(e)}`, posOf(ctx, first));
    }
  }
  return out;
}
