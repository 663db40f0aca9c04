// Figures the document model holds on their own (政府采购, 机关运行经费, 国有资产), taken from the facts
// of the sections that state them; the facts stay in their sections as well.
import type { Assets, Money, NarrativeFact, Position, Procurement } from '../../model/index.js';
import { flatten, type BuiltSection } from './sections.js';

/** The sections whose title matches, with all their descendants, in document order. */
function within(sections: readonly BuiltSection[], title: RegExp): BuiltSection[] {
  const out: BuiltSection[] = [];
  const walk = (s: BuiltSection, inside: boolean): void => {
    const here = inside || title.test(s.section.title);
    if (here) out.push(s);
    s.children.forEach((c) => walk(c, here));
  };
  sections.forEach((s) => walk(s, false));
  return out;
}

function factsOf(sections: readonly BuiltSection[]): NarrativeFact[] {
  return sections.flatMap((s) => s.section.facts);
}

/** The document's own figure: not 年初/全年预算 beside a 决算, not the other side of a comparison. */
function ownFigure(f: NarrativeFact): boolean {
  return f.measure === undefined || f.measure === '预算' || f.measure === '决算' || f.measure === '预算执行数';
}

function firstAmount(facts: readonly NarrativeFact[], topic: string): NarrativeFact | undefined {
  return facts.find((f) => f.kind === 'amount' && f.amount && f.subject?.topic === topic && ownFigure(f));
}

type ProcurementAmount = 'total' | 'goods' | 'works' | 'services' | 'sme';

/** 政府采购 total and its goods/works/services parts (and the SME award of final accounts, with its share). */
export function procurementOf(sections: readonly BuiltSection[]): Procurement | undefined {
  const inside = within(sections, /政府采购/);
  const scoped = inside.length > 0 && factsOf(inside).length > 0 ? inside : flatten(sections);
  const facts = factsOf(scoped);
  const pick = (topic: string): NarrativeFact | undefined => firstAmount(facts, topic);
  const parts: [ProcurementAmount, NarrativeFact | undefined][] = [
    ['total', pick('政府采购')],
    ['goods', pick('政府采购货物')],
    ['works', pick('政府采购工程')],
    ['services', pick('政府采购服务')],
    ['sme', pick('中小企业')],
  ];
  const found = parts.filter((p): p is [ProcurementAmount, NarrativeFact] => p[1]?.amount !== undefined);
  const first = found[0]?.[1];
  if (!first) return undefined;
  const out: Procurement = { pos: first.pos };
  for (const [k, f] of found) if (f.amount) out[k] = f.amount;
  const sme = found.find(([k]) => k === 'sme')?.[1];
  const share = sme ? shareOf(scoped, sme) : undefined;
  if (share?.number !== undefined) out.smeShare = share.number;
  return out;
}

/** The share fact that qualifies `amount` (占…的99.59%), found through its `ref`. */
function shareOf(sections: readonly BuiltSection[], amount: NarrativeFact): NarrativeFact | undefined {
  for (const s of sections) {
    const facts = s.section.facts;
    const at = facts.indexOf(amount);
    if (at >= 0) return facts.find((f) => f.kind === 'share' && f.ref === at);
  }
  return undefined;
}

/** 机关运行经费 as stated (not a comparison year's figure). */
export function adminOperatingOf(sections: readonly BuiltSection[]): { amount: Money; pos: Position } | undefined {
  const scoped = factsOf(within(sections, /机关运行经费/));
  const f = firstAmount(scoped, '机关运行经费') ?? firstAmount(factsOf(flatten(sections)), '机关运行经费');
  return f?.amount ? { amount: f.amount, pos: f.pos } : undefined;
}

/** Counts of vehicles that are not a type: the quota (编制) and what is held (实有, 共有车辆). */
const VEHICLE_QUOTA = '公务用车编制';
const VEHICLE_TOTAL = new Set(['公务用车实有', '车辆']);

/** 国有资产占有使用情况: vehicles by type, office floor area, equipment above a value, and the date. */
export function assetsOf(sections: readonly BuiltSection[]): Assets | undefined {
  const scoped = within(sections, /国有资产|资产占有|资产占用/);
  const vehicles: Assets['vehicles'] = [];
  const equipment: Assets['equipment'] = [];
  let vehicleQuota: Assets['vehicleQuota'];
  let vehicleTotal: Assets['vehicleTotal'];
  let floorArea: Assets['floorArea'];
  let asOf: string | undefined;
  for (const s of scoped) {
    for (const { block, facts } of s.paraFacts) {
      const text = block.kind === 'skip' ? '' : block.mapped.text;
      // Planned purchases (预算安排购置车辆…) are not holdings.
      if (/安排购置/.test(text)) continue;
      const d = /截[至止](\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
      if (d && !asOf) asOf = `${d[1] ?? ''}-${(d[2] ?? '').padStart(2, '0')}-${(d[3] ?? '').padStart(2, '0')}`;
      let lastAmount: NarrativeFact | undefined;
      for (const f of facts) {
        if (f.kind === 'amount') lastAmount = f;
        const topic = f.subject?.topic ?? '';
        if (f.kind === 'count' && f.unit === '辆' && f.number !== undefined) {
          const count = { count: Number(f.number), pos: f.pos };
          if (topic === VEHICLE_QUOTA) vehicleQuota ??= count;
          else if (VEHICLE_TOTAL.has(topic)) vehicleTotal ??= count;
          else if (/用车$/.test(topic)) vehicles.push({ type: topic, ...count });
        }
        if (f.kind === 'count' && /^台/.test(f.unit ?? '') && f.number !== undefined && lastAmount?.amount)
          equipment.push({ threshold: `${lastAmount.amount.raw}${lastAmount.amount.unit}`, count: Number(f.number), pos: f.pos });
        if (f.kind === 'area' && !floorArea && f.number !== undefined) floorArea = { number: f.number, unit: f.unit ?? '', pos: f.pos };
      }
    }
  }
  if (vehicles.length === 0 && equipment.length === 0 && !floorArea && !vehicleQuota && !vehicleTotal) return undefined;
  const out: Assets = { vehicles, equipment };
  if (vehicleQuota) out.vehicleQuota = vehicleQuota;
  if (vehicleTotal) out.vehicleTotal = vehicleTotal;
  if (floorArea) out.floorArea = floorArea;
  if (asOf) out.asOf = asOf;
  return out;
}
