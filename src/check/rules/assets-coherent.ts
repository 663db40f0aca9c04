import type { Assets, Document, Finding, Position, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { normName, rowsOf, tableOf } from '../cross-table.js';
import { cellValue } from '../sums.js';

const ID = 'assets-coherent';

/** The 万元 threshold of an equipment count (单价50万元以上 → 50), when it is a plain amount in 万元. */
function thresholdOf(t: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)万元$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** More items over a higher value than over a lower one: the larger set must hold the smaller. */
function equipment(a: Assets): Finding[] {
  const known = a.equipment.flatMap((e) => {
    const v = thresholdOf(e.threshold);
    return v === undefined ? [] : [{ ...e, v }];
  });
  const out: Finding[] = [];
  for (const hi of known)
    for (const lo of known) {
      if (hi.v <= lo.v || hi.count <= lo.count) continue;
      out.push({
        rule: ID,
        // A warning, not an error: some documents mean a band (50万元以上、100万元以下) by the lower threshold.
        severity: 'warning',
        location: hi.pos,
        related: [lo.pos],
        expected: `≤ ${lo.count}`,
        actual: String(hi.count),
        params: { kind: 'equipment-thresholds', higher: hi.threshold, lower: lo.threshold },
      });
    }
  return out;
}

/** The vehicles by type add up to the stated total; more vehicles held than the quota is a warning. */
function vehicles(a: Assets): Finding[] {
  const out: Finding[] = [];
  const total = a.vehicleTotal;
  if (total && a.vehicles.length > 0) {
    const sum = a.vehicles.reduce((s, v) => s + v.count, 0);
    if (sum !== total.count)
      out.push({
        rule: ID,
        severity: 'error',
        location: total.pos,
        related: a.vehicles.map((v) => v.pos),
        expected: String(sum),
        actual: String(total.count),
        params: { kind: 'vehicle-types-sum', types: a.vehicles.map((v) => v.type).join('+') },
      });
  }
  if (total && a.vehicleQuota && total.count > a.vehicleQuota.count)
    out.push({
      rule: ID,
      severity: 'warning',
      location: total.pos,
      related: [a.vehicleQuota.pos],
      expected: `≤ ${a.vehicleQuota.count}`,
      actual: String(total.count),
      params: { kind: 'vehicles-over-quota' },
    });
  return out;
}

/** A count cell of 公开10 (printed 27, blank for none; counts are not always read as amounts). */
const rowCount = (r: Row | undefined): number | undefined => {
  const c = r?.cells['value'];
  if (!c) return undefined;
  const text = c.text.trim();
  const v = /^\d+$/.test(text) ? text : cellValue(c);
  return v === undefined || !/^\d+(?:\.0+)?$/.test(v) ? undefined : Number.parseInt(v, 10);
};

/** 公开10's 车辆数合计 = its types, and the narrative's totals = the table's. */
function statistics(t: Table, a: Assets | undefined): Finding[] {
  const rows = rowsOf(t).filter((r) => r.side?.includes('国有资产'));
  const totalRow = rows.find((r) => /车辆数合计/.test(normName(r.name)));
  const typeRows = rows.filter((r) => /用车$/.test(normName(r.name)));
  const equipRow = rows.find((r) => /100万元/.test(normName(r.name)));
  const out: Finding[] = [];
  const total = rowCount(totalRow);
  const types = typeRows.map(rowCount);
  const at = (r: Row | undefined): Position => r?.cells['value']?.pos ?? r?.pos ?? t.pos;
  if (totalRow && total !== undefined && typeRows.length > 0 && types.every((x) => x !== undefined)) {
    const sum = (types as number[]).reduce((s, x) => s + x, 0);
    if (sum !== total)
      out.push({ rule: ID, severity: 'error', location: at(totalRow), related: typeRows.map(at), expected: String(sum), actual: String(total), params: { kind: 'table-vehicle-types-sum', table: t.title } });
  }
  const tie = (kind: string, stated: { count: number; pos: Position } | undefined, row: Row | undefined): void => {
    const n = rowCount(row);
    if (!stated || !row || n === undefined || n === stated.count) return;
    out.push({ rule: ID, severity: 'error', location: stated.pos, related: [at(row)], expected: String(n), actual: String(stated.count), params: { kind, table: t.title } });
  };
  tie('vehicle-total-vs-table', a?.vehicleTotal, totalRow);
  tie('equipment-vs-table', a?.equipment.find((e) => thresholdOf(e.threshold) === 100), equipRow);
  return out;
}

/** 国有资产 counts hold together: vehicles by type add up, higher-value equipment is within the lower-value count, and the narrative agrees with 公开10. */
export const assetsCoherent: Rule = {
  id: ID,
  title: '国有资产占有使用情况数字自洽',
  category: 'other-disclosures',
  severity: 'error',
  docs: 'The 国有资产 figures agree with each other: vehicles by type add up to the stated total (error), the narrative totals equal the 公开10表 statistics (error), equipment over 100万元 is not more than over 50万元, and vehicles held do not exceed the 编制 quota (warnings).',
  check(doc: Document) {
    const a = doc.assets;
    const t = tableOf(doc, 'final-statistics');
    return [...(a ? [...vehicles(a), ...equipment(a)] : []), ...(t ? statistics(t, a) : [])];
  },
};
