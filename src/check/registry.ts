import type { Rule } from './rule.js';
import { classificationSums } from './rules/classification-sums.js';
import { codeInCatalogue } from './rules/code-in-catalogue.js';
import { codeNamedConsistently } from './rules/code-named-consistently.js';
import { codeStructure } from './rules/code-structure.js';
import { economicCodeInCatalogue } from './rules/economic-code-in-catalogue.js';
import { emptyTableNote } from './rules/empty-table-note.js';
import { formSourcesSum } from './rules/form-sources-sum.js';
import { projectSubtotals } from './rules/project-subtotals.js';
import { requiredNarrativeSections } from './rules/required-narrative-sections.js';
import { requiredTables } from './rules/required-tables.js';
import { rowTotalEqualsParts } from './rules/row-total-equals-parts.js';
import { threePublicDisclosed } from './rules/three-public-disclosed.js';
import { threePublicSums } from './rules/three-public-sums.js';

/** Every rule, sorted by id. Adding a rule is one file in rules/ and one line here. */
export const RULES: readonly Rule[] = [
  classificationSums,
  codeInCatalogue,
  codeNamedConsistently,
  codeStructure,
  economicCodeInCatalogue,
  emptyTableNote,
  formSourcesSum,
  projectSubtotals,
  requiredNarrativeSections,
  requiredTables,
  rowTotalEqualsParts,
  threePublicDisclosed,
  threePublicSums,
];
