import type { Document, Finding, NarrativeSection, Position } from '../../model/index.js';
import type { Rule } from '../rule.js';

const ID = 'required-disclosures';

const flatten = (ss: readonly NarrativeSection[]): NarrativeSection[] => ss.flatMap((s) => [s, ...flatten(s.children)]);

/** Budget templates whose 情况说明 must state 国有资产 and 绩效目标 (Shanxi's 十、十一 sections, Shanghai's 四、五). */
const TEMPLATES = new Set(['shanxi-budget', 'shanghai-budget']);

/**
 * What a budget narrative must disclose besides 三公, 机关运行经费 and 政府采购 (three-public-disclosed): 国有资产 as of a
 * date (vehicles, equipment over a value) and the number of projects with performance targets.
 */
function check(doc: Document): Finding[] {
  if (doc.kind !== 'budget' || !TEMPLATES.has(doc.template)) return [];
  const sections = flatten(doc.narrative.sections);
  const at = (re: RegExp): Position =>
    sections.find((s) => re.test(s.title))?.pos ?? sections.find((s) => s.level === 1 && /情况说明/.test(s.title))?.pos ?? { file: doc.source.file, line: 1 };
  const missing = (kind: string, re: RegExp, expected: string): Finding => ({ rule: ID, severity: 'warning', location: at(re), expected, params: { kind } });
  const out: Finding[] = [];
  const a = doc.assets;
  const assets = /国有资产|资产占有|资产占用/;
  if (!a) out.push(missing('missing-assets', assets, '国有资产占有使用情况'));
  else {
    if (a.vehicles.length === 0 && !a.vehicleTotal) out.push(missing('missing-vehicles', assets, '车辆'));
    if (a.equipment.length === 0) out.push(missing('missing-equipment', assets, '单价50万元/100万元以上设备'));
    if (!a.asOf) out.push(missing('missing-as-of', assets, '截至日期'));
  }
  const performance = sections.filter((s) => /绩效/.test(s.title)).flatMap((s) => flatten([s]));
  const counted = performance.some((s) => s.facts.some((f) => f.kind === 'count' && f.subject?.topic === '绩效项目'));
  if (!counted) out.push(missing('missing-performance-count', /绩效/, '绩效目标项目个数'));
  return out;
}

/** A budget narrative discloses 国有资产 (vehicles and equipment as of a date) and the number of projects with performance targets. */
export const requiredDisclosures: Rule = {
  id: ID,
  title: '国有资产和绩效目标情况已说明',
  category: 'completeness',
  severity: 'warning',
  docs: 'The 情况说明 of a budget (Shanxi and Shanghai templates) states 国有资产占有使用情况 as of a date — vehicles and equipment over 50/100万元 — and how many projects have performance targets; 三公, 机关运行经费 and 政府采购 are checked by three-public-disclosed.',
  check,
};
