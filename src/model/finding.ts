import { z } from 'zod';
import { PositionSchema } from './position.js';

/** Rule categories of the check catalogue. */
export const RuleCategorySchema = z.enum(['completeness', 'arithmetic', 'cross-table', 'narrative', 'forms', 'classification', 'other-disclosures', 'text-quality']);
/** A rule category. */
export type RuleCategory = z.infer<typeof RuleCategorySchema>;

/** Severity of a finding: error (the document is wrong), warning (probably wrong), info (rounding, not checked, unknown). */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** A severity. */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * What a rule found: data, not wording. `expected`/`actual` are exact decimals (or texts) as the rule compared
 * them; `related` points at the other cells involved (the parts of a sum); `params` carries what the edge needs
 * to word the message (row, column, table).
 */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  location: PositionSchema,
  related: z.array(PositionSchema).optional(),
  expected: z.string().optional(),
  actual: z.string().optional(),
  params: z.record(z.string(), z.string()),
});
/** A finding. */
export type Finding = z.infer<typeof FindingSchema>;
