import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Document, Finding, Money, Procurement } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'procurement-parts-sum';

/** 100 元 = 0.01 万元: the rounding of one printed figure. */
const CENT_YUAN = '100';

const fmt = (m: Money): string => `${m.raw}${m.unit}`;

/** total = goods + works + services, compared in 元 so that units mix exactly; 0.01 万元 per part is 尾差. */
function partsSum(p: Procurement): Finding | undefined {
  const { total, goods, works, services } = p;
  if (!total || !goods || !works || !services) return undefined;
  const parts = [goods, works, services];
  const sum = sumDecimals(parts.map(toYuan));
  const stated = toYuan(total);
  if (compareDecimals(sum, stated) === 0) return undefined;
  const diff = difference(sum, stated);
  const rounding = compareDecimals(diff, sumDecimals(parts.map(() => CENT_YUAN))) <= 0;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: p.pos,
    expected: sumDecimals(parts.map((m) => m.value)),
    actual: total.value,
    params: { kind: 'parts-sum', total: fmt(total), parts: parts.map(fmt).join('+'), differenceYuan: diff, rounding: String(rounding) },
  };
}

/** sme ÷ total × 100, rounded half-up to the decimals of the printed share. */
function smeShare(p: Procurement): Finding | undefined {
  const { total, sme, smeShare: printed } = p;
  if (!total || !sme || printed === undefined) return undefined;
  const t = toYuan(total);
  const s = toYuan(sme);
  const scale = Math.max(scaleOf(t), scaleOf(s));
  const whole = toScaled(t, scale);
  if (whole <= 0n) return undefined;
  const decimals = scaleOf(printed);
  const expected = ((toScaled(s, scale) * 100n * 10n ** BigInt(decimals) * 2n) / whole + 1n) / 2n;
  const off = expected - toScaled(printed, decimals);
  if (off === 0n) return undefined;
  const rounding = off === 1n || off === -1n;
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: p.pos,
    expected: fromScaled(expected, decimals),
    actual: printed,
    params: { kind: 'sme-share', total: fmt(total), sme: fmt(sme), rounding: String(rounding) },
  };
}

/** 政府采购 total = goods + works + services, and the share awarded to SMEs = their amount ÷ the total. */
export const procurementPartsSum: Rule = {
  id: ID,
  title: '政府采购总额与货物、工程、服务及中小企业占比一致',
  category: 'other-disclosures',
  severity: 'error',
  docs: 'The 政府采购 total stated in the narrative equals goods + works + services (0.01 万元 per part is 尾差, info), and the share awarded to small and medium enterprises equals their amount divided by the total, rounded to the printed decimals.',
  check(doc: Document) {
    const p = doc.procurement;
    if (!p) return [];
    return [partsSum(p), smeShare(p)].filter((f): f is Finding => f !== undefined);
  },
};
