import type { Document, TableKind } from '../../../model/index.js';
import type { PublishNode } from '../tree.js';

/** What every section writer is given: the document, and how it names the body and the year. */
export interface SectionContext {
  doc: Document;
  /** 2026年度山西省应急管理厅 */
  who: string;
  /** 2026 (empty when the model has no year) */
  year: string;
  /** 山西省应急管理厅 */
  body: string;
}

/** A writer of one narrative section: its title (without number) and its paragraphs, charts included. */
export interface SectionWriter {
  title: string;
  /** The tables the section is written from; without them it is left to the finance officer, never written as zeros. */
  needs?: readonly TableKind[];
  write(ctx: SectionContext): PublishNode[];
}
