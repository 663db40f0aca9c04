// Money from the numbers the sentence reader finds. Those are ASCII digits with optional thousands
// separators and decimals (the NUMBER pattern of figures.ts), so the canonical value is the digits
// without separators and leading zeros; the model's general parser (NFKC, signs, spaces) is not needed
// on the way, and amounts.test.ts checks that both agree.
import type { Money, MoneyUnit } from '../../model/index.js';

/** Money of a number as the sentence reader matched it (4,558.02 → 4558.02). */
export function moneyOf(raw: string, unit: MoneyUnit): Money {
  const digits = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  const dot = digits.indexOf('.');
  const intEnd = dot < 0 ? digits.length : dot;
  let zeros = 0;
  while (zeros < intEnd - 1 && digits.charCodeAt(zeros) === 0x30) zeros++;
  return { raw, value: zeros === 0 ? digits : digits.slice(zeros), unit };
}
