import { z } from 'zod';

/** Where a node came from: file, 1-based line, 0-based column span [start, end) on that line, page when the source is paginated. */
export const PositionSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  column: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  page: z.number().int().min(1).optional(),
  /** Bounding box on the page in PDF points from the page's top-left corner (paginated containers). */
  box: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).optional(),
  /** Where in a structured container the node sits, as its users name it: `Sheet1!C7` (XLSX), `table 3 row 5` (HTML, DOCX). */
  ref: z.string().optional(),
});
/** A source location (like an mdast `position`). */
export type Position = z.infer<typeof PositionSchema>;
