import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { DepartmentTargetFormSchema, ProjectFormSchema, SelfEvaluationFormSchema } from './forms.js';
import { MoneySchema } from './money.js';
import { GlossaryEntrySchema, NarrativeSectionSchema, OrgUnitSchema } from './narrative.js';
import { PositionSchema } from './position.js';
import { TableSchema } from './table.js';

/** Version of the JSON form of the model; bump on any incompatible change. */
export const SCHEMA_VERSION = 1;

/** Document kinds. */
export const DocumentKindSchema = z.enum(['budget', 'final-accounts', 'performance-targets']);
/** Template families gongkai recognises (which table set a document follows). */
export const TemplateSchema = z.enum(['shanxi-budget', 'shanxi-final', 'shanghai-budget', 'shanghai-final', 'forms-only', 'unknown']);
/** Source formats of the text readers. */
export const SourceFormatSchema = z.enum(['tsv-text', 'layout-text', 'ocr-markdown']);
/** Containers a document can be read from. */
export const SourceContainerSchema = z.enum(['text', 'pdf', 'html', 'xlsx', 'docx', 'json']);

/** The issuing body. */
export const BodySchema = z.object({
  name: z.string(),
  code: z.string().optional(),
  level: z.enum(['province', 'city', 'county', 'district']).optional(),
});

/** 政府采购 figures as stated (narrative or statistics table). */
export const ProcurementSchema = z.object({
  total: MoneySchema.optional(),
  goods: MoneySchema.optional(),
  works: MoneySchema.optional(),
  services: MoneySchema.optional(),
  /** 授予中小企业合同金额 and its share of the total when stated. */
  sme: MoneySchema.optional(),
  smeShare: z.string().optional(),
  pos: PositionSchema,
});

/** 国有资产占有使用情况: vehicles by type, office floor area, equipment counts. */
export const AssetsSchema = z.object({
  /** ISO date (YYYY-MM-DD) of 截至… when stated. */
  asOf: z.string().optional(),
  vehicles: z.array(z.object({ type: z.string(), count: z.number().int(), pos: PositionSchema })),
  /** 公务用车编制 (quota) and the total actually held, when stated apart from the types. */
  vehicleQuota: z.object({ count: z.number().int(), pos: PositionSchema }).optional(),
  vehicleTotal: z.object({ count: z.number().int(), pos: PositionSchema }).optional(),
  floorArea: z.object({ number: z.string(), unit: z.string(), pos: PositionSchema }).optional(),
  equipment: z.array(z.object({ threshold: z.string(), count: z.number().int(), pos: PositionSchema })),
});

/** 机关运行经费 as stated in the narrative. */
export const AdminOperatingSchema = z.object({ amount: MoneySchema, pos: PositionSchema });

/** An entry of the table of contents (目录) as printed: title without dotted leaders, printed page number. */
export const ContentsEntrySchema = z.object({ title: z.string(), page: z.number().int().optional(), pos: PositionSchema });
/** A page of a paginated source (form feeds of layout text): how much text it holds and a digest of that text. */
export const PageSchema = z.object({
  number: z.number().int().min(1),
  /** Non-blank characters on the page, page numbers and running headers excluded. */
  chars: z.number().int().min(0),
  /** SHA-256 (hex, first 16 digits) of the page's text with all white space removed; equal digests = same text. */
  digest: z.string(),
  pos: PositionSchema,
});

/** One disclosure: what it is, who issued it, and everything read from it. */
export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: z.string(),
    format: SourceFormatSchema,
    /** The container the text came from (absent in models written before containers were read: text). */
    container: SourceContainerSchema.optional(),
    /** Character encoding of a text source (`utf-8`, `gb18030`, `utf-16le`, …). */
    encoding: z.string().optional(),
    /** Pages of a paginated container (PDF). */
    pageCount: z.number().int().min(0).optional(),
    /** Pages read through OCR (1-based), when any had no text layer. */
    ocrPages: z.array(z.number().int().min(1)).optional(),
    sha256: z.string(),
    lines: z.number().int(),
  }),
  kind: DocumentKindSchema,
  scope: z.enum(['部门', '单位']).optional(),
  body: BodySchema,
  year: z.number().int().optional(),
  template: TemplateSchema,
  title: z.string().optional(),
  tables: z.array(TableSchema),
  narrative: z.object({ sections: z.array(NarrativeSectionSchema) }),
  forms: z.object({
    projects: z.array(ProjectFormSchema),
    departmentTargets: z.array(DepartmentTargetFormSchema),
    selfEvaluations: z.array(SelfEvaluationFormSchema),
  }),
  organization: z.object({ units: z.array(OrgUnitSchema), text: z.string().optional() }),
  procurement: ProcurementSchema.optional(),
  adminOperating: AdminOperatingSchema.optional(),
  assets: AssetsSchema.optional(),
  glossary: z.array(GlossaryEntrySchema),
  /** The table of contents (目录) entries, when the document prints one. */
  contents: z.array(ContentsEntrySchema).optional(),
  /** Pages, when the source is paginated (layout text with form feeds); other sources carry no page breaks. */
  pages: z.array(PageSchema).optional(),
  diagnostics: z.array(DiagnosticSchema),
});
/** A disclosure document. */
export type Document = z.infer<typeof DocumentSchema>;
/** The issuing body of a document. */
export type Body = z.infer<typeof BodySchema>;
/** 政府采购 figures. */
export type Procurement = z.infer<typeof ProcurementSchema>;
/** A table-of-contents entry. */
export type ContentsEntry = z.infer<typeof ContentsEntrySchema>;
/** A page of a paginated source. */
export type Page = z.infer<typeof PageSchema>;
/** 国有资产 figures. */
export type Assets = z.infer<typeof AssetsSchema>;
