import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Assets, Document, Position } from '../../model/index.js';
import { assetsCoherent } from './assets-coherent.js';

const at = (line: number): Position => ({ file: 't.txt', line });
const withAssets = (assets: Assets): Document => ({ ...corpusDocument('shanxi-emergency-2026-budget.txt'), assets });
const kinds = (doc: Document): [string | undefined, string, number][] =>
  assetsCoherent.check(doc).map((f) => [f.params['kind'], f.severity, f.location.line]);

test('vehicles by type that do not add up to the total are an error; a total within the quota is fine', () => {
  const doc = withAssets({
    vehicles: [
      { type: '机要通信用车', count: 2, pos: at(3) },
      { type: '应急保障用车', count: 4, pos: at(3) },
    ],
    vehicleQuota: { count: 8, pos: at(2) },
    vehicleTotal: { count: 7, pos: at(2) },
    equipment: [],
  });
  const [f] = assetsCoherent.check(doc);
  assert.equal(assetsCoherent.check(doc).length, 1);
  assert.deepEqual([f?.params['kind'], f?.severity, f?.expected, f?.actual], ['vehicle-types-sum', 'error', '6', '7']);
  assert.deepEqual(kinds(withAssets({ vehicles: [{ type: '机要通信用车', count: 7, pos: at(3) }], vehicleQuota: { count: 8, pos: at(2) }, vehicleTotal: { count: 7, pos: at(2) }, equipment: [] })), []);
});

test('more equipment over 100万元 than over 50万元 is a warning; fewer is fine', () => {
  const eq = (lo: number, hi: number): Assets => ({
    vehicles: [],
    equipment: [
      { threshold: '50万元', count: lo, pos: at(5) },
      { threshold: '100万元', count: hi, pos: at(6) },
    ],
  });
  assert.deepEqual(kinds(withAssets(eq(89, 31))), []);
  assert.deepEqual(kinds(withAssets(eq(1, 2))), [['equipment-thresholds', 'warning', 6]]);
});

test('corpus: yangquan 2026 budget counts more equipment over 100万元 than over 50万元', () => {
  // yangquan-emergency-2026-budget.txt line 1292: “…占有使用价值50万元（原值）以上的通用设备0台（套）；
  // 阳泉市应急管理局占有使用价值100万元（原值）以上的通用设备3台（套）。” — 3 items over 100万元 are also over 50万元.
  const fs = assetsCoherent.check(corpusDocument('yangquan-emergency-2026-budget.txt'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.severity, f.location.line, f.expected, f.actual]), [['equipment-thresholds', 'warning', 1292, '≤ 0', '3']]);
});

test('corpus: datong 2025 unit budget holds more vehicles than its quota', () => {
  // datong-emergency-2025-unit-budget.md line 923: “…共有公务用车编制3辆，实有8辆，其中：领导用车0辆，机要通信用车3辆，
  // 应急保障用车4辆，执法执勤用车0辆，特种专业技术用车1辆，事业单位业务用车0辆，其他公务用车0辆。” (the types add up to 8).
  const fs = assetsCoherent.check(corpusDocument('datong-emergency-2025-unit-budget.md'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.severity, f.location.line, f.expected, f.actual]), [['vehicles-over-quota', 'warning', 923, '≤ 3', '8']]);
});

test('corpus: the other documents are coherent, final accounts against 公开10表 too', () => {
  // shanxi line 1198: 编制8辆，实有8辆 = 1+1+2+0+2+2+0; line 1206: 50万元以上89台（套）, 100万元以上31台（套）.
  // yangquan 2024 final line 602: 共有车辆27辆 = 2+4+10+11, 100万元以上1台（套）; 公开10表 lines 485–497: 27 = 2+4+10+11, 1.
  for (const name of ['shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    assert.deepEqual(assetsCoherent.check(corpusDocument(name)), [], name);
  }
});

test('a narrative total that differs from 公开10表 is an error', () => {
  const doc = corpusDocument('yangquan-emergency-2024-final-accounts.txt');
  assert.ok(doc.assets?.vehicleTotal);
  const vehicles = doc.assets.vehicles.map((v) => (v.type === '其他用车' ? { ...v, count: 12 } : v));
  const changed: Document = { ...doc, assets: { ...doc.assets, vehicles, vehicleTotal: { ...doc.assets.vehicleTotal, count: 28 } } };
  assert.deepEqual(kinds(changed), [['vehicle-total-vs-table', 'error', 602]]);
});
