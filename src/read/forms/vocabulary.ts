// The fixed words of the indicator tree: 一级 and 二级 indicator names and the header words.
import { compact } from './text.js';

/** A 一级 indicator cell: `产出指标`, `1.产出指标`, `1. 产出指标`, `产出指标 (50分)`. */
export interface Level1Word {
  name: string;
  /** Points allotted in a self-evaluation (`(50分)`). */
  max?: string;
}

const L1_RE = /^(?:\d+[.、．]?)?(产出|效益|满意度)指标(?:\((\d+(?:\.\d+)?)分\))?$/;
const L2_CORE = '数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续性影响|可持续影响|可持续发展|服务对象满意度|其他满意度|管理机制';
const L2_RE = new RegExp(`^(${L2_CORE})(?:指标?|目标)?$`);
// Two 二级 names run together when a merged cell is flattened: `可持续影响指 服务对象满意度 指标`.
const L2_DOUBLE_RE = new RegExp(`^(${L2_CORE})(?:指标?)?(${L2_CORE})(?:指标?)?$`);

const PARENT: Record<string, string> = {
  数量: '产出指标',
  质量: '产出指标',
  时效: '产出指标',
  成本: '产出指标',
  经济效益: '效益指标',
  社会效益: '效益指标',
  生态效益: '效益指标',
  可持续性影响: '效益指标',
  可持续影响: '效益指标',
  可持续发展: '效益指标',
  服务对象满意度: '满意度指标',
  其他满意度: '满意度指标',
};

/** The 一级 indicator a cell names, or undefined. */
export function level1Of(text: string): Level1Word | undefined {
  const m = L1_RE.exec(compact(text));
  if (!m?.[1]) return undefined;
  const out: Level1Word = { name: `${m[1]}指标` };
  if (m[2]) out.max = m[2];
  return out;
}

/** A 二级 indicator cell: its name as printed (without spaces), the category word, and whether two names ran together. */
export interface Level2Word {
  name: string;
  core: string;
  double: boolean;
}

/** The 二级 indicator a cell names (as printed, without spaces), or undefined; `double` when two names ran together. */
export function level2Of(text: string): Level2Word | undefined {
  const c = compact(text);
  const m = L2_RE.exec(c);
  if (m?.[1]) return { name: c, core: m[1], double: false };
  const d = L2_DOUBLE_RE.exec(c);
  if (d?.[1]) return { name: d[1] + (c.startsWith(`${d[1]}指标`) ? '指标' : ''), core: d[1], double: true };
  return undefined;
}

/** The 一级 indicator a 二级 name belongs to in the national template, when it is fixed. */
export function parentOf(level2: string): string | undefined {
  // Asked once per indicator with one of a handful of names.
  let out = PARENTS.get(level2);
  if (out === undefined) {
    const m = L2_RE.exec(compact(level2));
    out = (m?.[1] ? PARENT[m[1]] : undefined) ?? null;
    PARENTS.set(level2, out);
  }
  return out ?? undefined;
}

const PARENTS = new Map<string, string | null>();

/** Cells that label the indicator block itself (绩效指标, 年度绩效目标) rather than an indicator. */
export function isBlockLabel(text: string): boolean {
  return /^(?:年度)?绩效(?:指标|目标)?$|^(?:实施期|中期|年度)目标$/.test(compact(text));
}

/** Column roles a header cell names. */
export type HeaderWord = 'l1' | 'l2' | 'name' | 'value' | 'actual' | 'reason' | 'score';

/** The role of a header cell of an indicator block, or undefined. */
export function headerWordOf(text: string): HeaderWord | undefined {
  const c = compact(text);
  if (c === '一级指标') return 'l1';
  if (c === '二级指标') return 'l2';
  if (c === '三级指标') return 'name';
  if (c === '指标值' || c === '年度指标值') return 'value';
  if (c === '全年完成值' || c === '实际完成值') return 'actual';
  if (/^未完成原因/.test(c) || c === '偏差原因分析及改进措施') return 'reason';
  if (c === '自评得分' || c === '得分') return 'score';
  return undefined;
}
