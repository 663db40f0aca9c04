import { z } from 'zod';

/** Where a node came from: file, 1-based line, 0-based column span [start, end) on that line, page when the source is paginated. */
export const PositionSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  column: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  page: z.number().int().min(1).optional(),
});
/** A source location (like an mdast `position`). */
export type Position = z.infer<typeof PositionSchema>;
