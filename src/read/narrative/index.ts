// Owned by the narrative work: sections, facts, organisation, glossary, procurement, assets.
import type { Assets, GlossaryEntry, NarrativeSection, OrgUnit, Procurement } from '../../model/index.js';
import type { Money, Position } from '../../model/index.js';
import { diag, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { toBlocks } from './blocks.js';
import { adminOperatingOf, assetsOf, procurementOf } from './derived.js';
import { readGlossary } from './glossary.js';
import { readOrganization } from './organization.js';
import { buildSections, flatten } from './sections.js';

/** Everything the narrative reader extracts. */
export interface NarrativeResult {
  sections: NarrativeSection[];
  organization: { units: OrgUnit[]; text?: string };
  glossary: GlossaryEntry[];
  procurement?: Procurement;
  adminOperating?: { amount: Money; pos: Position };
  assets?: Assets;
}

/** Read the prose of a document: every line that is neither table, form nor table of contents, in order. */
export function readNarrative(lines: readonly SourceLine[], ctx: ReadContext): NarrativeResult {
  try {
    // The tab-separated and space-aligned readers normalise their cells; OCR markdown (and lines of unknown origin) are normalised here.
    const normalized = ctx.format === 'tsv-text' || ctx.format === 'layout-text';
    const built = buildSections(toBlocks(lines, normalized), ctx);
    const result: NarrativeResult = {
      sections: built.map((b) => b.section),
      organization: readOrganization(flatten(built), ctx),
      glossary: readGlossary(built, ctx),
    };
    const procurement = procurementOf(built);
    if (procurement) result.procurement = procurement;
    const admin = adminOperatingOf(built);
    if (admin) result.adminOperating = admin;
    const assets = assetsOf(built);
    if (assets) result.assets = assets;
    return result;
  } catch (e) {
    // Prose that defeats the reader must not cost the caller the tables and forms.
    diag(ctx, 'error', 'narrative-internal', `narrative reader failed: ${e instanceof Error ? e.message : String(e)}`);
    return { sections: [], organization: { units: [] }, glossary: [] };
  }
}
