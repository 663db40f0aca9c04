// Chinese wording shared by the pages.

/** Document kinds in Chinese. */
export const KIND_ZH: Record<string, string> = { budget: '预算', 'final-accounts': '决算', 'performance-targets': '绩效目标' };
/** Severities in Chinese. */
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
/** Search hit sources in Chinese. */
export const SOURCE_ZH: Record<string, string> = { form: '项目表单', 'project-row': '项目支出表', indicator: '绩效指标', fact: '说明文字' };

/** A kind in Chinese (or as stored when unknown). */
export const kindZh = (k: string): string => KIND_ZH[k] ?? k;
/** A year, or 年度不详. */
export const yearZh = (y: number | null | undefined): string => (y === null || y === undefined ? '年度不详' : `${y}`);

/** A decimal in 元 grouped by thousands, without going through binary floats. */
export function groupDecimal(s: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  if (!m) return s;
  return `${m[1]}${(m[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[3] ?? ''}`;
}
