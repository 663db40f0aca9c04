// The words and amounts of a funding section, as pure functions of a cell's text.
import type { Money, MoneyUnit } from '../../model/index.js';
import { parseDecimal } from '../../model/index.js';
import { compact } from './text.js';

/** Which amount of a Funding a label names. */
export type FundingKind = 'total' | 'central' | 'provincial' | 'local' | 'selfRaised' | 'other';

/** An amount as printed: the text, its canonical decimal, and the unit printed beside it if any. */
export interface PrintedAmount {
  readonly raw: string;
  readonly value: string;
  readonly unit: MoneyUnit | undefined;
}

const AMOUNT_RE = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|元|亿元)?$/;
const FUNDING_LABEL_RE = /^项目(?:预算)?资金(?:\((?:万元|元|亿元)\))?$/;

/** True for the label that opens a funding section: `项目资金 (元)`, `项目预算资金（万元）`. */
export function isFundingLabel(text: string): boolean {
  return FUNDING_LABEL_RE.test(compact(text));
}

/** The kind of amount a funding label names, or undefined when it names none (a wrapped fragment). */
export function fundingKindOf(label: string): FundingKind | undefined {
  const c = compact(label);
  if (/总额|合计/.test(c)) return 'total';
  if (/中央/.test(c)) return 'central';
  if (/省级|省财政/.test(c)) return 'provincial';
  if (/市县|县\(区\)|区县|市级财政|本级财政/.test(c)) return 'local';
  if (/自筹/.test(c)) return 'selfRaised';
  if (/其他资金/.test(c)) return 'other';
  return undefined;
}

/** The unit a funding section announces in its label (`项目资金 (元)`, `项目预算资金(万元)`); 元 by default. */
export function fundingUnitOf(label: string): MoneyUnit {
  const c = compact(label);
  return c.includes('万元') ? '万元' : c.includes('亿元') ? '亿元' : '元';
}

/** A printed amount (`50,000`, `3.5`, `2万元`), or undefined when the text is no amount. */
export function printedAmount(text: string): PrintedAmount | undefined {
  const raw = text.trim();
  const m = AMOUNT_RE.exec(raw);
  if (!m?.[1]) return undefined;
  const value = parseDecimal(m[1]);
  if (value === undefined) return undefined;
  return { raw, value, unit: m[2] as MoneyUnit | undefined };
}

/** A printed amount as Money in the unit printed beside the number, or else in `unit`. */
export function moneyOf(printed: PrintedAmount, unit: MoneyUnit): Money {
  return { raw: printed.raw, value: printed.value, unit: printed.unit ?? unit };
}

/** A printed amount (`50,000`, `3.5`, `2万元`) as Money; the unit printed beside the number wins. */
export function amountOf(text: string, unit: MoneyUnit): Money | undefined {
  const printed = printedAmount(text);
  return printed && moneyOf(printed, unit);
}
