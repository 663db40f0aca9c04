// Shared by the form rules: which indicator lists a form prints, and the category an indicator belongs to.
import type { Document, Indicator, Position } from '../model/index.js';

/** One indicator list of a form: a project form's period or year half, or a department-wide form's list. */
export interface IndicatorBlock {
  /** 项目名称 of a project form, or the title of a department-wide form. */
  subject: string;
  half: 'period' | 'year';
  indicators: readonly Indicator[];
  /** Year of the form (its own, else the document's). */
  year: number | undefined;
  pos: Position;
}

/** Every printed indicator list of the document's project and department-wide forms (empty lists are left out). */
export function indicatorBlocks(doc: Document): IndicatorBlock[] {
  const out: IndicatorBlock[] = [];
  for (const p of doc.forms.projects) {
    const year = p.year ?? doc.year;
    for (const half of ['period', 'year'] as const) {
      const indicators = p.indicators[half];
      if (indicators.length > 0) out.push({ subject: p.projectName, half, indicators, year, pos: p.pos });
    }
  }
  for (const t of doc.forms.departmentTargets) {
    if (t.indicators.length > 0) out.push({ subject: t.title, half: 'year', indicators: t.indicators, year: t.year ?? doc.year, pos: t.pos });
  }
  return out;
}

/** The 一级 category word of an indicator (产出, 效益, 满意度), whatever the printed variant. */
export function level1Core(level1: string): '产出' | '效益' | '满意度' | undefined {
  const m = /(产出|效益|满意度)/.exec(level1);
  return m?.[1] as '产出' | '效益' | '满意度' | undefined;
}

/** The 产出 二级 category of an indicator (数量, 质量, 时效, 成本): 成本指标 and 经济成本指标 both read as 成本. */
export function outputCore(level2: string): '数量' | '质量' | '时效' | '成本' | undefined {
  const m = /(数量|质量|时效|成本)/.exec(level2);
  return m?.[1] as '数量' | '质量' | '时效' | '成本' | undefined;
}
