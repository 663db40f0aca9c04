import { compareDecimals, fromScaled, parseDecimal, scaleOf, sumDecimals, toScaled, toYuan, trimZeros } from '../../model/decimal.js';
import type { Document, Finding, Indicator, ProjectForm } from '../../model/index.js';
import { dedupeHalves, overlap } from '../forms.js';
import type { Rule } from '../rule.js';
import { difference } from '../sums.js';

const ID = 'form-quantity-unit-cost';

interface Pair {
  quantity: Indicator;
  cost: Indicator;
  /** quantity × unit cost, exactly, in 元. */
  product: string;
}

/** Exact product of two decimals. */
function multiply(a: string, b: string): string {
  const sa = scaleOf(a);
  const sb = scaleOf(b);
  return trimZeros(fromScaled(toScaled(a, sa) * toScaled(b, sb), sa + sb));
}

/** The counted unit of a 数量指标 (89700张 → 张), when it is a plain count at least that large. */
function countUnit(i: Indicator): string | undefined {
  const m = i.measure;
  if (!i.level2.includes('数量') || !m || m.op === '≤' || m.op === '<') return undefined;
  if (!/^[\p{Script=Han}]{1,2}$/u.test(m.unit) || /元|年|月|日|天|%/.test(m.unit)) return undefined;
  return m.unit;
}

/** The unit a cost is per (3.3元/张 → 张) and the cost in 元, when it is a fixed or minimum cost of one unit. */
function unitCost(i: Indicator): { per: string; yuan: string } | undefined {
  const m = i.measure;
  if (!m || m.op === '≤' || m.op === '<') return undefined;
  const u = /^(万元|元)[/／]([\p{Script=Han}]{1,2})$/u.exec(m.unit);
  const value = parseDecimal(m.number);
  if (!u || value === undefined) return undefined;
  return { per: u[2] ?? '', yuan: toYuan({ raw: m.number, value, unit: u[1] === '万元' ? '万元' : '元' }) };
}

function pairs(list: readonly Indicator[]): Pair[] {
  const quantities = new Map<string, Indicator[]>();
  const costs = new Map<string, { i: Indicator; yuan: string }[]>();
  for (const i of list) {
    const q = countUnit(i);
    if (q) quantities.set(q, [...(quantities.get(q) ?? []), i]);
    const c = unitCost(i);
    if (c) costs.set(c.per, [...(costs.get(c.per) ?? []), { i, yuan: c.yuan }]);
  }
  const out: Pair[] = [];
  for (const [unit, qs] of quantities) {
    const cs = costs.get(unit);
    // Two counts or two costs in the same unit: which goes with which is a guess.
    if (qs.length !== 1 || cs?.length !== 1) continue;
    const [quantity] = qs;
    const [cost] = cs;
    const n = quantity?.measure && parseDecimal(quantity.measure.number);
    // 8套 of 防火服 and 560元/套 for 防护服 share a unit, not a thing: the names must name the same goods.
    if (!quantity || !cost || !n || overlap(quantity.name, cost.i.name) < 2) continue;
    out.push({ quantity, cost: cost.i, product: multiply(n, cost.yuan) });
  }
  return out;
}

function checkHalf(form: ProjectForm, half: 'period' | 'year'): Finding[] {
  const total = form.funding[half]?.total;
  if (!total) return [];
  const funding = toYuan(total);
  const found = pairs(form.indicators[half]);
  const base = { project: form.projectName, subject: form.projectName, funding: half, unit: '元' };
  const over = found.filter((p) => compareDecimals(p.product, funding) > 0);
  const out: Finding[] = over.map((p) => ({
    rule: ID,
    severity: 'warning',
    location: p.cost.pos,
    related: [p.quantity.pos, total.pos],
    expected: funding,
    actual: p.product,
    params: { ...base, kind: 'pair', quantity: p.quantity.value, quantityName: p.quantity.name, cost: p.cost.value, costName: p.cost.name, difference: difference(p.product, funding) },
  }));
  // Counts in different units are different things bought: together they cost at least the sum of their products.
  const sum = sumDecimals(found.map((p) => p.product));
  if (over.length === 0 && found.length >= 2 && compareDecimals(sum, funding) > 0) {
    const [first, ...rest] = found;
    if (first)
      out.push({
        rule: ID,
        severity: 'warning',
        location: first.cost.pos,
        related: [first.quantity.pos, ...rest.flatMap((p) => [p.cost.pos, p.quantity.pos]), total.pos],
        expected: funding,
        actual: sum,
        params: { ...base, kind: 'sum', products: found.map((p) => `${p.quantity.value}×${p.cost.value}=${p.product}`).join('；'), difference: difference(sum, funding) },
      });
  }
  return out;
}

/** A form’s quantity times its unit cost (89700张 × 3.3元/张) does not exceed the funding of its half. */
export const formQuantityUnitCost: Rule = {
  id: ID,
  title: '数量指标乘单位成本不超过项目资金',
  category: 'forms',
  severity: 'warning',
  docs: 'When one half of a project form states a count (数量指标 89700张) and a cost per the same unit (3.3元/张), their exact product cannot exceed that half’s funding; counts in different units add up, so the sum of all products cannot exceed it either. Ceilings (≤) and units that pair more than once are left alone.',
  check: (doc: Document) => doc.forms.projects.flatMap((f) => dedupeHalves([...checkHalf(f, 'period'), ...checkHalf(f, 'year')])),
};
