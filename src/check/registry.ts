import type { Rule } from './rule.js';
import { classificationSums } from './rules/classification-sums.js';
import { projectSubtotals } from './rules/project-subtotals.js';
import { rowTotalEqualsParts } from './rules/row-total-equals-parts.js';
import { threePublicSums } from './rules/three-public-sums.js';

/** Every rule, sorted by id. Adding a rule is one file in rules/ and one line here. */
export const RULES: readonly Rule[] = [classificationSums, projectSubtotals, rowTotalEqualsParts, threePublicSums];
