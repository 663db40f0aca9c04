import { z } from 'zod';

/** Units a figure can be printed in. */
export const MoneyUnitSchema = z.enum(['万元', '元', '亿元']);
/** A monetary unit. */
export type MoneyUnit = z.infer<typeof MoneyUnitSchema>;

/**
 * An exact amount as printed: `raw` is the text, `value` the canonical decimal string
 * (no separators, no float), `unit` the printed unit. Arithmetic goes through `lib/decimal`.
 */
export const MoneySchema = z.object({
  raw: z.string(),
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  unit: MoneyUnitSchema,
});
/** An exact monetary amount with its unit. */
export type Money = z.infer<typeof MoneySchema>;
