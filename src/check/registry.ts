import type { Rule } from './rule.js';
import { budgetSummaryBalances } from './rules/budget-summary-balances.js';
import { classTotalsAgree } from './rules/class-totals-agree.js';
import { classificationSums } from './rules/classification-sums.js';
import { codeInCatalogue } from './rules/code-in-catalogue.js';
import { codeNamedConsistently } from './rules/code-named-consistently.js';
import { codeStructure } from './rules/code-structure.js';
import { contentsMatchBody } from './rules/contents-match-body.js';
import { documentYearsConsistent } from './rules/document-years-consistent.js';
import { duplicateOrBlankPages } from './rules/duplicate-or-blank-pages.js';
import { emptyTableNote } from './rules/empty-table-note.js';
import { finalClassTotalsAgree } from './rules/final-class-totals-agree.js';
import { finalFiscalTablesAgree } from './rules/final-fiscal-tables-agree.js';
import { finalStatisticsAgree } from './rules/final-statistics-agree.js';
import { finalSummaryBalances } from './rules/final-summary-balances.js';
import { formMatchesProjectTable } from './rules/form-matches-project-table.js';
import { formSourcesSum } from './rules/form-sources-sum.js';
import { gpbTableMatchesRevenue } from './rules/gpb-table-matches-revenue.js';
import { growthRateConsistent } from './rules/growth-rate-consistent.js';
import { narrativeMatchesTables } from './rules/narrative-matches-tables.js';
import { placeholders } from './rules/placeholders.js';
import { projectSubtotals } from './rules/project-subtotals.js';
import { projectTableMatchesExpenditure } from './rules/project-table-matches-expenditure.js';
import { punctuation } from './rules/punctuation.js';
import { referenceYears } from './rules/reference-years.js';
import { requiredNarrativeSections } from './rules/required-narrative-sections.js';
import { requiredTables } from './rules/required-tables.js';
import { rowTotalEqualsParts } from './rules/row-total-equals-parts.js';
import { scopeWording } from './rules/scope-wording.js';
import { shareConsistent } from './rules/share-consistent.js';
import { templateResidue } from './rules/template-residue.js';
import { threePublicDisclosed } from './rules/three-public-disclosed.js';
import { threePublicMatchesEconomic } from './rules/three-public-matches-economic.js';
import { threePublicSums } from './rules/three-public-sums.js';

/** Every rule, sorted by id. Adding a rule is one file in rules/ and one line here. */
export const RULES: readonly Rule[] = [
  budgetSummaryBalances,
  classTotalsAgree,
  classificationSums,
  codeInCatalogue,
  codeNamedConsistently,
  codeStructure,
  contentsMatchBody,
  documentYearsConsistent,
  duplicateOrBlankPages,
  emptyTableNote,
  finalClassTotalsAgree,
  finalFiscalTablesAgree,
  finalStatisticsAgree,
  finalSummaryBalances,
  formMatchesProjectTable,
  formSourcesSum,
  gpbTableMatchesRevenue,
  growthRateConsistent,
  narrativeMatchesTables,
  placeholders,
  projectSubtotals,
  projectTableMatchesExpenditure,
  punctuation,
  referenceYears,
  requiredNarrativeSections,
  requiredTables,
  rowTotalEqualsParts,
  scopeWording,
  shareConsistent,
  templateResidue,
  threePublicDisclosed,
  threePublicMatchesEconomic,
  threePublicSums,
];
