import { z } from 'zod';
import { MoneySchema } from './money.js';
import { PositionSchema } from './position.js';

/** What a narrative figure is about, when its sentence says so. */
export const FactSubjectSchema = z.object({
  /** A normalised topic: 收入总计, 支出总计, 一般公共预算, 基本支出, 项目支出, 人员经费, 公用经费, 三公, 因公出国（境）费,
   * 公务接待费, 公务用车购置及运行费, 公务用车购置费, 公务用车运行维护费, 机关运行经费, 政府采购, 政府采购货物,
   * 政府采购工程, 政府采购服务, 绩效项目, a 类 name, …; free text when none fits. */
  topic: z.string(),
  /** Function-classification code when the topic is a 类/款/项 (e.g. 224). */
  code: z.string().optional(),
  /** The 类/款/项 names when the sentence gives a path (一般公共服务支出 → 商贸事务 → 行政运行). */
  path: z.array(z.string()).optional(),
});

/** The kinds of figure found in narrative text. */
export const FactKindSchema = z.enum(['amount', 'share', 'change', 'growth', 'count', 'completion', 'area']);

/** One figure stated in the narrative, with what it is about and where it stands. */
export const NarrativeFactSchema = z.object({
  kind: FactKindSchema,
  /** Amount for amount/change facts. */
  amount: MoneySchema.optional(),
  /** Decimal string for share/growth/completion (percent), count and area. */
  number: z.string().optional(),
  /** Unit as printed for counts and areas (个, 辆, 人, 平方米, 台（套）, %). */
  unit: z.string().optional(),
  /** For change/growth: the direction word said. */
  direction: z.enum(['increase', 'decrease', 'same']).optional(),
  /** For change/growth/completion: the year or basis compared with, when stated (上年, 2025年, 年初预算). */
  basis: z.string().optional(),
  /** For amounts: which measure the figure is when the sentence says (年初预算, 全年预算, 决算, 预算执行数, 上年). */
  measure: z.string().optional(),
  /** For share/change/growth/completion: index, in the same section's `facts`, of the amount it qualifies. */
  ref: z.number().int().min(0).optional(),
  subject: FactSubjectSchema.optional(),
  /** The exact text of the figure (e.g. 增加139.31万元). */
  text: z.string(),
  pos: PositionSchema,
});
/** A narrative fact. */
export type NarrativeFact = z.infer<typeof NarrativeFactSchema>;

/** A numbered section of the 情况说明 (or of 概况), with its text and facts. */
export type NarrativeSection = {
  number: string;
  title: string;
  level: number;
  text: string;
  facts: NarrativeFact[];
  children: NarrativeSection[];
  pos: z.infer<typeof PositionSchema>;
};
/** Schema of a narrative section (recursive). */
export const NarrativeSectionSchema: z.ZodType<NarrativeSection> = z.lazy(() =>
  z.object({
    number: z.string(),
    title: z.string(),
    level: z.number().int(),
    text: z.string(),
    facts: z.array(NarrativeFactSchema),
    children: z.array(NarrativeSectionSchema),
    pos: PositionSchema,
  }),
);

/** A glossary entry of 名词解释. */
export const GlossaryEntrySchema = z.object({ term: z.string(), definition: z.string(), pos: PositionSchema });
/** A glossary entry. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** An organisational unit listed in 机构设置. */
export const OrgUnitSchema = z.object({
  name: z.string(),
  index: z.number().int().optional(),
  /** What the list says beside the name (下属事业单位, 机关, 参公). */
  note: z.string().optional(),
  pos: PositionSchema,
});
/** An organisational unit. */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;
