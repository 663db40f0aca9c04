import type { SectionWriter } from './context.js';
import { Para } from './text.js';

/** 十一、国有资产占有使用情况: vehicles by type, office floor area, equipment over the thresholds, as entered. */
export const assets: SectionWriter = {
  title: '国有资产占有使用情况',
  write({ doc, body }) {
    const a = doc.assets;
    if (!a) return [new Para().placeholder('车辆、办公用房和大型设备的占有使用情况').node()];
    const asOf = a.asOf ? `截至${a.asOf.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)}，` : '';
    const out = [];
    if (a.vehicles.length || a.vehicleTotal) {
      const p = new Para().t(`1、车辆情况：${asOf}${body}共有车辆`);
      const total = a.vehicleTotal?.count ?? a.vehicles.reduce((s, v) => s + v.count, 0);
      p.figure(String(total), '辆');
      if (a.vehicles.length) {
        p.t('，其中：');
        a.vehicles.forEach((v, i) => p.t(`${i ? '、' : ''}${v.type}`).figure(String(v.count), '辆'));
      }
      out.push(p.t('。').node());
    }
    if (a.floorArea) out.push(new Para().t(`2、房屋情况：${asOf}${body}使用的办公用房建筑总面积`).figure(a.floorArea.number, a.floorArea.unit).t('。').node());
    if (a.equipment.length) {
      const p = new Para().t(`3、其他国有资产占有使用情况：${asOf}`);
      a.equipment.forEach((e, i) => p.t(`${i ? '；' : ''}${body}占有使用价值${e.threshold}以上的通用设备`).figure(String(e.count), '台（套）'));
      out.push(p.t('。').node());
    }
    return out;
  },
};
