// Owned by the narrative work: sections, facts, organisation, glossary, procurement, assets.
import type { Assets, GlossaryEntry, NarrativeSection, OrgUnit, Procurement } from '../../model/index.js';
import type { Money, Position } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';

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
export function readNarrative(_lines: readonly SourceLine[], _ctx: ReadContext): NarrativeResult {
  return { sections: [], organization: { units: [] }, glossary: [] };
}
