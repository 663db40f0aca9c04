import { z } from 'zod';
import { PositionSchema } from './position.js';

/** What a reader skipped, guessed or could not understand; data, worded at the edge. */
export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  pos: PositionSchema.optional(),
});
/** A reading diagnostic. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
