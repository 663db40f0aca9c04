import type { Document, TableKind } from '../../../model/index.js';
import { TABLE_KIND_ZH } from '../../table-kinds.js';
import { chineseNumber } from '../parts.js';
import type { Ids, PublishNode } from '../tree.js';
import { adminOperating } from './admin-operating.js';
import { assets } from './assets.js';
import { basic } from './basic.js';
import type { SectionContext, SectionWriter } from './context.js';
import { expenditure } from './expenditure.js';
import { FINAL_SECTIONS } from './final.js';
import { fiscal } from './fiscal.js';
import { gpb } from './gpb.js';
import { other } from './other.js';
import { overall } from './overall.js';
import { performance } from './performance.js';
import { procurement } from './procurement.js';
import { revenue } from './revenue.js';
import { Para } from './text.js';
import { threePublic } from './three-public.js';

/** The twelve sections of a Shanxi budget disclosure's 情况说明, in order. */
export const BUDGET_SECTIONS: readonly SectionWriter[] = [overall, revenue, expenditure, fiscal, gpb, basic, threePublic, adminOperating, procurement, performance, assets, other];

/** Part 3 written from the numbers of the model: each section's heading and paragraphs. */
export function narrativeNodes(doc: Document, ids: Ids, attachments: readonly PublishNode[] = []): PublishNode[] {
  const year = doc.year !== undefined ? String(doc.year) : '';
  const ctx: SectionContext = { doc, year, body: doc.body.name, who: `${year ? `${year}年度` : ''}${doc.body.name}` };
  const sections = doc.kind === 'final-accounts' ? FINAL_SECTIONS : BUDGET_SECTIONS;
  const missing = (s: SectionWriter): readonly TableKind[] => (s.needs ?? []).filter((k) => !doc.tables.some((t) => t.kind === k));
  return sections.flatMap((s, i): PublishNode[] => [
    { type: 'heading', level: 2, text: `${chineseNumber(i + 1)}、${s.title}`, id: ids.next('s') },
    // Sub-headings of a section get unique ids here (writers name them by what they are).
    ...(missing(s).length
      ? [new Para().placeholder(`${s.title}（模型中没有${missing(s).map((k) => TABLE_KIND_ZH[k as Exclude<TableKind, 'generic'>] ?? k).join('、')}）`).node()]
      : s.write(ctx).map((n) => (n.type === 'heading' ? { ...n, id: ids.next(n.id) } : n))),
    ...(s === performance && attachments.length ? [{ type: 'pageBreak' } as const, ...attachments, { type: 'pageBreak' } as const] : []),
  ]);
}
