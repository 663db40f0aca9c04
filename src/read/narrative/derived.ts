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

function firstAmount(facts: readonly NarrativeFact[], topic: string): NarrativeFact | undefined {
  return facts.find((f) => f.kind === 'amount' && f.amount && f.subject?.topic === topic && f.basis === undefined);
}

/** 政府采购 total and its goods/works/services parts (and the SME award of final accounts). */
export function procurementOf(sections: readonly BuiltSection[]): Procurement | undefined {
  const scoped = factsOf(within(sections, /政府采购/));
  const facts = scoped.length > 0 ? scoped : factsOf(flatten(sections));
  const pick = (topic: string): NarrativeFact | undefined => firstAmount(facts, topic);
  const parts: [keyof Omit<Procurement, 'pos'>, NarrativeFact | undefined][] = [
    ['total', pick('政府采购')],
    ['goods', pick('政府采购货物')],
    ['works', pick('政府采购工程')],
    ['services', pick('政府采购服务')],
    ['sme', pick('中小企业')],
  ];
  const found = parts.filter((p): p is [keyof Omit<Procurement, 'pos'>, NarrativeFact] => p[1]?.amount !== undefined);
  const first = found[0]?.[1];
  if (!first) return undefined;
  const out: Procurement = { pos: first.pos };
  for (const [k, f] of found) if (f.amount) out[k] = f.amount;
  return out;
}

/** 机关运行经费 as stated (not a comparison year's figure). */
export function adminOperatingOf(sections: readonly BuiltSection[]): { amount: Money; pos: Position } | undefined {
  const scoped = factsOf(within(sections, /机关运行经费/));
  const f = firstAmount(scoped, '机关运行经费') ?? firstAmount(factsOf(flatten(sections)), '机关运行经费');
  return f?.amount ? { amount: f.amount, pos: f.pos } : undefined;
}

const VEHICLE_TYPE: Record<string, string> = { 车辆: '合计', 公务用车编制: '编制', 公务用车实有: '实有' };

/** 国有资产占有使用情况: vehicles by type, office floor area, equipment above a value, and the date. */
export function assetsOf(sections: readonly BuiltSection[]): Assets | undefined {
  const scoped = within(sections, /国有资产|资产占有|资产占用/);
  const vehicles: Assets['vehicles'] = [];
  const equipment: Assets['equipment'] = [];
  let floorArea: Assets['floorArea'];
  let asOf: string | undefined;
  for (const s of scoped) {
    for (const { block, facts } of s.paraFacts) {
      const text = block.kind === 'skip' ? '' : block.mapped.text;
      // Planned purchases (预算安排购置车辆…) are not holdings.
      if (/安排购置/.test(text)) continue;
      const d = /截至(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
      if (d && !asOf) asOf = `${d[1] ?? ''}-${(d[2] ?? '').padStart(2, '0')}-${(d[3] ?? '').padStart(2, '0')}`;
      let lastAmount: NarrativeFact | undefined;
      for (const f of facts) {
        if (f.kind === 'amount') lastAmount = f;
        const topic = f.subject?.topic ?? '';
        if (f.kind === 'count' && f.unit === '辆' && (/用车$/.test(topic) || topic in VEHICLE_TYPE) && f.number !== undefined)
          vehicles.push({ type: VEHICLE_TYPE[topic] ?? topic, count: Number(f.number), pos: f.pos });
        if (f.kind === 'count' && /^台/.test(f.unit ?? '') && f.number !== undefined && lastAmount?.amount)
          equipment.push({ threshold: `${lastAmount.amount.raw}${lastAmount.amount.unit}`, count: Number(f.number), pos: f.pos });
        if (f.kind === 'area' && !floorArea && f.number !== undefined) floorArea = { number: f.number, unit: f.unit ?? '', pos: f.pos };
      }
    }
  }
  if (vehicles.length === 0 && equipment.length === 0 && !floorArea) return undefined;
  const out: Assets = { vehicles, equipment };
  if (floorArea) out.floorArea = floorArea;
  if (asOf) out.asOf = asOf;
  return out;
}
