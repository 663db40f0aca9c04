import { z } from 'zod';
import { DocumentSchema, FindingSchema } from '../model/index.js';
import { Timestamp } from './api.js';

/** Finding counts by severity. */
export const CountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** A stored document as listed. */
export const SummarySchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    sha256: z.string(),
    body: z.string(),
    region: z.string().nullable().describe('administrative area from the body name (山西省, 阳泉市, 上海市普陀区)'),
    year: z.number().int().nullable(),
    kind: z.string(),
    template: z.string(),
    title: z.string().nullable(),
    counts: CountsSchema,
    createdAt: Timestamp,
  });

/** A page of documents. */
export const DocumentListSchema = z.object({ items: z.array(SummarySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

/** One document: summary, counts, original file and model. */
export const DocumentDetailSchema = SummarySchema.extend({
  file: z.object({ name: z.string(), sha256: z.string(), size: z.number().int(), importedAt: Timestamp }),
  model: DocumentSchema,
});

/** The result of one uploaded file. */
export const UploadResultSchema = z.object({
  name: z.string(),
  status: z.enum(['imported', 'duplicate', 'unreadable', 'failed']),
  documentId: z.number().int().optional(),
  counts: CountsSchema.optional(),
  message: z.string().optional(),
});

/** Findings of a document. */
export const FindingListSchema = z.object({ items: z.array(FindingSchema), total: z.number().int() });
