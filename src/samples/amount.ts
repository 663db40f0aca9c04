// Money in the generator is an integer count of 0.01 万元 (100 元), the precision of the tables; sums of integers are
// exact, so no binary fraction ever enters a printed figure. Shares and rates are rounded half-up with BigInt, as the
// checks recompute them.

/** An amount in hundredths of 万元 (1 = 0.01 万元 = 100 元). */
export type Cents = number;

/** Sum of amounts. */
export const sum = (xs: readonly Cents[]): Cents => xs.reduce((a, b) => a + b, 0);

/** 万元 with two decimals, as tables print it: 4558.02, 0.00 for zero. */
export function wan(c: Cents): string {
  const neg = c < 0;
  const a = Math.abs(c);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** A table cell: blank for zero (blank is how the template prints an empty source). */
export const cell = (c: Cents): string => (c === 0 ? '' : wan(c));

/** 万元 with thousands separators, as the narrative often prints it: 4,558.02. */
export function wanSep(c: Cents): string {
  const [whole = '0', frac = '00'] = wan(Math.abs(c)).split('.');
  return `${c < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** The amount in 元, as performance forms print it. */
export const yuan = (c: Cents): string => String(c * 100);

/** 元 with thousands separators (1,485,100). */
export const yuanSep = (c: Cents): string => yuan(c).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** part ÷ whole × 100, half-up to two decimals, printed (85.91); whole must be positive. */
export function percent(part: Cents, whole: Cents): string {
  if (whole <= 0) throw new Error('percent of a non-positive whole');
  const n = (BigInt(part) * 10000n * 2n) / BigInt(whole);
  const r = (n + 1n) / 2n;
  return `${r / 100n}.${String(r % 100n).padStart(2, '0')}`;
}

/** A proportion of an amount, rounded down to the cent: `c × num ÷ den`. */
export const ratio = (c: Cents, num: number, den: number): Cents => Math.floor((c * num) / den);
