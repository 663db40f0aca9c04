import type { Rule } from './rule.js';
import { assetsCoherent } from './rules/assets-coherent.js';
import { basicDetailListComplete } from './rules/basic-detail-list-complete.js';
import { budgetSummaryBalances } from './rules/budget-summary-balances.js';
import { changeDirectionConsistent } from './rules/change-direction-consistent.js';
import { classListComplete } from './rules/class-list-complete.js';
import { classTotalsAgree } from './rules/class-totals-agree.js';
import { classificationSums } from './rules/classification-sums.js';
import { codeChildrenPresent } from './rules/code-children-present.js';
import { codeInCatalogue } from './rules/code-in-catalogue.js';
import { codeNamedConsistently } from './rules/code-named-consistently.js';
import { codeStructure } from './rules/code-structure.js';
import { completionRateConsistent } from './rules/completion-rate-consistent.js';
import { contentsMatchBody } from './rules/contents-match-body.js';
import { departmentFormMatchesTables } from './rules/department-form-matches-tables.js';
import { documentYearsConsistent } from './rules/document-years-consistent.js';
import { duplicateOrBlankPages } from './rules/duplicate-or-blank-pages.js';
import { economicCodeInCatalogue } from './rules/economic-code-in-catalogue.js';
import { economicGroupsSum } from './rules/economic-groups-sum.js';
import { emptyTableNote } from './rules/empty-table-note.js';
import { finalBasicDetailSums } from './rules/final-basic-detail-sums.js';
import { finalClassTotalsAgree } from './rules/final-class-totals-agree.js';
import { finalFiscalSummaryBalances } from './rules/final-fiscal-summary-balances.js';
import { finalFiscalTablesAgree } from './rules/final-fiscal-tables-agree.js';
import { finalStatisticsAgree } from './rules/final-statistics-agree.js';
import { finalSummaryBalances } from './rules/final-summary-balances.js';
import { formCostIndicatorMatchesFunding } from './rules/form-cost-indicator-matches-funding.js';
import { formIndicatorCategories } from './rules/form-indicator-categories.js';
import { formIndicatorMeasurable } from './rules/form-indicator-measurable.js';
import { formMatchesProjectTable } from './rules/form-matches-project-table.js';
import { formPlanSums } from './rules/form-plan-sums.js';
import { formQuantityUnitCost } from './rules/form-quantity-unit-cost.js';
import { formRequiredFields } from './rules/form-required-fields.js';
import { formSourcesSum } from './rules/form-sources-sum.js';
import { formStatedTotal } from './rules/form-stated-total.js';
import { formYearWithinPeriod } from './rules/form-year-within-period.js';
import { formYearsMatch } from './rules/form-years-match.js';
import { gpbTableMatchesRevenue } from './rules/gpb-table-matches-revenue.js';
import { growthRateConsistent } from './rules/growth-rate-consistent.js';
import { narrativeClassNames } from './rules/narrative-class-names.js';
import { narrativeMatchesTables } from './rules/narrative-matches-tables.js';
import { narrativePartsSum } from './rules/narrative-parts-sum.js';
import { performanceCountsMatch } from './rules/performance-counts-match.js';
import { placeholders } from './rules/placeholders.js';
import { procurementPartsSum } from './rules/procurement-parts-sum.js';
import { projectSubtotals } from './rules/project-subtotals.js';
import { projectTableMatchesExpenditure } from './rules/project-table-matches-expenditure.js';
import { punctuation } from './rules/punctuation.js';
import { referenceYears } from './rules/reference-years.js';
import { requiredDisclosures } from './rules/required-disclosures.js';
import { requiredNarrativeSections } from './rules/required-narrative-sections.js';
import { requiredTables } from './rules/required-tables.js';
import { rowTotalEqualsParts } from './rules/row-total-equals-parts.js';
import { scopeWording } from './rules/scope-wording.js';
import { selfEvaluationScores } from './rules/self-evaluation-scores.js';
import { shanghaiClassTotalsAgree } from './rules/shanghai-class-totals-agree.js';
import { shanghaiFiscalTablesAgree } from './rules/shanghai-fiscal-tables-agree.js';
import { shanghaiSummaryBalances } from './rules/shanghai-summary-balances.js';
import { shanghaiThreePublicMatches } from './rules/shanghai-three-public-matches.js';
import { shareConsistent } from './rules/share-consistent.js';
import { templateResidue } from './rules/template-residue.js';
import { threePublicChangeReasons } from './rules/three-public-change-reasons.js';
import { threePublicDisclosed } from './rules/three-public-disclosed.js';
import { threePublicMatchesEconomic } from './rules/three-public-matches-economic.js';
import { threePublicSums } from './rules/three-public-sums.js';

/** Every rule, sorted by id. Adding a rule is one file in rules/ and one line here. */
export const RULES: readonly Rule[] = [
  assetsCoherent,
  basicDetailListComplete,
  budgetSummaryBalances,
  changeDirectionConsistent,
  classListComplete,
  classTotalsAgree,
  classificationSums,
  codeChildrenPresent,
  codeInCatalogue,
  codeNamedConsistently,
  codeStructure,
  completionRateConsistent,
  contentsMatchBody,
  departmentFormMatchesTables,
  documentYearsConsistent,
  duplicateOrBlankPages,
  economicCodeInCatalogue,
  economicGroupsSum,
  emptyTableNote,
  finalBasicDetailSums,
  finalClassTotalsAgree,
  finalFiscalSummaryBalances,
  finalFiscalTablesAgree,
  finalStatisticsAgree,
  finalSummaryBalances,
  formCostIndicatorMatchesFunding,
  formIndicatorCategories,
  formIndicatorMeasurable,
  formMatchesProjectTable,
  formPlanSums,
  formQuantityUnitCost,
  formRequiredFields,
  formSourcesSum,
  formStatedTotal,
  formYearWithinPeriod,
  formYearsMatch,
  gpbTableMatchesRevenue,
  growthRateConsistent,
  narrativeClassNames,
  narrativeMatchesTables,
  narrativePartsSum,
  performanceCountsMatch,
  placeholders,
  procurementPartsSum,
  projectSubtotals,
  projectTableMatchesExpenditure,
  punctuation,
  referenceYears,
  requiredDisclosures,
  requiredNarrativeSections,
  requiredTables,
  rowTotalEqualsParts,
  scopeWording,
  selfEvaluationScores,
  shanghaiClassTotalsAgree,
  shanghaiFiscalTablesAgree,
  shanghaiSummaryBalances,
  shanghaiThreePublicMatches,
  shareConsistent,
  templateResidue,
  threePublicChangeReasons,
  threePublicDisclosed,
  threePublicMatchesEconomic,
  threePublicSums,
];
