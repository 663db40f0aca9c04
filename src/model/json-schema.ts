import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { DocumentSchema, SCHEMA_VERSION } from './document.js';
import { DepartmentTargetFormSchema, FieldSchema, FundingSchema, IndicatorSchema, LocatedMoneySchema, ProjectFormSchema, SelfEvaluationFormSchema } from './forms.js';
import { MoneySchema } from './money.js';
import { GlossaryEntrySchema, NarrativeFactSchema, NarrativeSectionSchema, OrgUnitSchema } from './narrative.js';
import { PositionSchema } from './position.js';
import { CellSchema, ColumnSchema, RowSchema, TableSchema } from './table.js';

// Named definitions make the generated schema readable ($defs/Position rather than $defs/__schema3).
const NAMED: [z.ZodType, string][] = [
  [PositionSchema, 'Position'], [MoneySchema, 'Money'], [LocatedMoneySchema, 'LocatedMoney'], [DiagnosticSchema, 'Diagnostic'],
  [CellSchema, 'Cell'], [ColumnSchema, 'Column'], [RowSchema, 'Row'], [TableSchema, 'Table'],
  [NarrativeFactSchema, 'NarrativeFact'], [NarrativeSectionSchema, 'NarrativeSection'], [GlossaryEntrySchema, 'GlossaryEntry'], [OrgUnitSchema, 'OrgUnit'],
  [FieldSchema, 'Field'], [FundingSchema, 'Funding'], [IndicatorSchema, 'Indicator'],
  [ProjectFormSchema, 'ProjectForm'], [DepartmentTargetFormSchema, 'DepartmentTargetForm'], [SelfEvaluationFormSchema, 'SelfEvaluationForm'],
];

/** The JSON Schema of the document model, generated from the zod schemas. */
export function documentJsonSchema(): object {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of NAMED) registry.add(schema, { id });
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', reused: 'ref', metadata: registry }) as Record<string, unknown>;
  return {
    $id: `https://gongkai.invalid/schema/gongkai-document.v${SCHEMA_VERSION}.schema.json`,
    title: `gongkai document model v${SCHEMA_VERSION}`,
    ...schema,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
}
