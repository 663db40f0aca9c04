import type { BudgetOptions } from './budget.js';

/** A committed sample: its file stem under samples/ and how it is generated. */
export interface SampleSpec {
  stem: string;
  options: BudgetOptions;
}

/** The samples in samples/: two clean bodies and one with every kind of seeded mistake. */
export const SAMPLE_SPECS: readonly SampleSpec[] = [
  { stem: 'beichuan-commerce-2026-budget', options: { region: '北川县', sector: 'commerce', bodyCode: '012', year: 2026, seed: 1 } },
  { stem: 'dongling-housing-2026-budget', options: { region: '东岭市', sector: 'housing', bodyCode: '041', year: 2026, seed: 2 } },
  {
    stem: 'nanping-emergency-2026-budget-mistakes',
    options: { region: '南屏市', sector: 'emergency', bodyCode: '027', year: 2026, seed: 3, mistakes: ['table-total', 'three-public-sum', 'narrative-figure', 'form-funding'] },
  },
];
