import { z } from 'zod';
import { MoneySchema } from './money.js';
import { PositionSchema } from './position.js';

/** A labelled value read from a form, with where it was. */
export const FieldSchema = z.object({ label: z.string(), value: z.string(), pos: PositionSchema });
/** A form field. */
export type Field = z.infer<typeof FieldSchema>;

/** An amount read from a form, with the position of its own cell. */
export const LocatedMoneySchema = MoneySchema.extend({ pos: PositionSchema });
/** A located amount. */
export type LocatedMoney = z.infer<typeof LocatedMoneySchema>;

/** Funding of a project by source, for the period or the year. Amounts keep the unit printed (元 or 万元). */
export const FundingSchema = z.object({
  total: LocatedMoneySchema.optional(),
  central: LocatedMoneySchema.optional(),
  provincial: LocatedMoneySchema.optional(),
  local: LocatedMoneySchema.optional(),
  selfRaised: LocatedMoneySchema.optional(),
  other: LocatedMoneySchema.optional(),
  pos: PositionSchema.optional(),
});
/** Project funding. */
export type Funding = z.infer<typeof FundingSchema>;

/** One 三级 indicator with its path in the tree (一级 → 二级 → 三级) and its 指标值. */
export const IndicatorSchema = z.object({
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  value: z.string(),
  /** Parsed 指标值 when measurable: comparator, number, unit (≥200家 → ≥, 200, 家). */
  measure: z
    .object({ op: z.enum(['=', '≥', '≤', '>', '<']).optional(), number: z.string(), unit: z.string() })
    .optional(),
  pos: PositionSchema,
});
/** A performance indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** 项目支出绩效目标表 / 申报表. */
export const ProjectFormSchema = z.object({
  title: z.string(),
  year: z.number().int().optional(),
  projectName: z.string(),
  /** 主管部门及代码: 035-阳泉市应急管理局. */
  department: z.object({ code: z.string().optional(), name: z.string() }).optional(),
  implementer: z.string().optional(),
  attribute: z.string().optional(),
  period: z.string().optional(),
  funding: z.object({ period: FundingSchema.optional(), year: FundingSchema.optional() }),
  procurement: z.object({ required: z.boolean().optional(), amount: LocatedMoneySchema.optional() }).optional(),
  /** 项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划 … keyed by label. */
  texts: z.record(z.string(), FieldSchema),
  goals: z.object({ period: FieldSchema.optional(), year: FieldSchema.optional() }),
  indicators: z.object({ period: z.array(IndicatorSchema), year: z.array(IndicatorSchema) }),
  /** Every other labelled field (负责人, 经办人, 联系电话, 填报日期, 项目负责人, 上年部门绩效自评结果 …). */
  fields: z.array(FieldSchema),
  pos: PositionSchema,
});
/** A project performance target form. */
export type ProjectForm = z.infer<typeof ProjectFormSchema>;

/** 部门整体支出绩效目标申报表. */
export const DepartmentTargetFormSchema = z.object({
  title: z.string(),
  year: z.number().int().optional(),
  departmentName: z.string().optional(),
  fields: z.array(FieldSchema),
  /** Funding lines by source and by direction (合计, 一般公共预算资金, 基本支出, 项目支出 …), in 万元. */
  fundingBySource: z.array(z.object({ label: z.string(), amount: MoneySchema.optional(), pos: PositionSchema })),
  fundingByUse: z.array(z.object({ label: z.string(), amount: MoneySchema.optional(), pos: PositionSchema })),
  tasks: z.array(z.object({ function: z.string(), task: z.string(), pos: PositionSchema })),
  indicators: z.array(IndicatorSchema),
  pos: PositionSchema,
});
/** A department-wide performance target form. */
export type DepartmentTargetForm = z.infer<typeof DepartmentTargetFormSchema>;

/** 部门整体支出绩效自评表. */
export const SelfEvaluationFormSchema = z.object({
  title: z.string(),
  year: z.number().int().optional(),
  departmentName: z.string().optional(),
  fields: z.array(FieldSchema),
  income: z.array(z.object({ label: z.string(), amount: MoneySchema.optional(), pos: PositionSchema })),
  spending: z.array(z.object({ label: z.string(), amount: MoneySchema.optional(), pos: PositionSchema })),
  indicators: z.array(
    IndicatorSchema.extend({ actual: z.string().optional(), reason: z.string().optional() }),
  ),
  /** Scores per part (预算执行率/执行情况, 产出指标, 效益指标, 满意度指标) as printed. */
  scores: z.array(z.object({ part: z.string(), max: z.string().optional(), score: z.string(), pos: PositionSchema })),
  total: z.object({ score: z.string(), pos: PositionSchema }).optional(),
  grade: z.object({ grade: z.string(), pos: PositionSchema }).optional(),
  pos: PositionSchema,
});
/** A self-evaluation form. */
export type SelfEvaluationForm = z.infer<typeof SelfEvaluationFormSchema>;
