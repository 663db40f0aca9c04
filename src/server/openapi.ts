import { z } from 'zod';
import { DiagnosticSchema, DocumentSchema, FindingSchema, PositionSchema, TableSchema } from '../model/index.js';
import { DepartmentTargetFormSchema, FieldSchema, FundingSchema, IndicatorSchema, LocatedMoneySchema, ProjectFormSchema, SelfEvaluationFormSchema } from '../model/forms.js';
import { MoneySchema } from '../model/money.js';
import { GlossaryEntrySchema, NarrativeFactSchema, NarrativeSectionSchema, OrgUnitSchema } from '../model/narrative.js';
import { CellSchema, ColumnSchema, RowSchema } from '../model/table.js';
import { ErrorSchema, type RouteSpec } from './api.js';
import { CountsSchema, SummarySchema } from './schemas.js';

type Json = Record<string, unknown>;

// Shared shapes become components/schemas (Position, Table, Finding …) instead of being repeated in every route.
const NAMED: [z.ZodType, string][] = [
  [PositionSchema, 'Position'], [MoneySchema, 'Money'], [LocatedMoneySchema, 'LocatedMoney'], [DiagnosticSchema, 'Diagnostic'],
  [CellSchema, 'Cell'], [ColumnSchema, 'Column'], [RowSchema, 'Row'], [TableSchema, 'Table'],
  [NarrativeFactSchema, 'NarrativeFact'], [NarrativeSectionSchema, 'NarrativeSection'], [GlossaryEntrySchema, 'GlossaryEntry'], [OrgUnitSchema, 'OrgUnit'],
  [FieldSchema, 'Field'], [FundingSchema, 'Funding'], [IndicatorSchema, 'Indicator'],
  [ProjectFormSchema, 'ProjectForm'], [DepartmentTargetFormSchema, 'DepartmentTargetForm'], [SelfEvaluationFormSchema, 'SelfEvaluationForm'],
  [DocumentSchema, 'Document'], [FindingSchema, 'Finding'], [ErrorSchema, 'Error'], [CountsSchema, 'Counts'], [SummarySchema, 'DocumentSummary'],
];

class Components {
  readonly schemas: Record<string, Json> = {};
  private readonly registry = z.registry<{ id: string }>();
  constructor() {
    for (const [s, id] of NAMED) this.registry.add(s, { id });
  }

  /** JSON Schema of a zod schema; its definitions move to components/schemas and the refs follow. */
  schema(s: z.ZodType, io: 'input' | 'output'): Json {
    const raw = z.toJSONSchema(s, { target: 'draft-2020-12', io, reused: 'inline', unrepresentable: 'any', metadata: this.registry, cycles: 'ref' }) as Json;
    const { $schema: _, $defs, ...root } = raw;
    const rename = new Map<string, string>();
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
      // A named shape is the same wherever it is used; anonymous ones (cycles) get a fresh name each time.
      let key = name;
      if (name.startsWith('__')) for (let i = 2; this.schemas[key]; i++) key = `${name}_${i}`;
      rename.set(name, key);
      this.schemas[key] = def;
    }
    const fix = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(fix);
      if (v && typeof v === 'object') {
        const out: Json = {};
        for (const [k, x] of Object.entries(v)) {
          const m = k === '$ref' && typeof x === 'string' ? /^#\/\$defs\/(.+)$/.exec(x) : null;
          out[k] = m?.[1] ? `#/components/schemas/${rename.get(m[1]) ?? m[1]}` : fix(x);
        }
        return out;
      }
      return v;
    };
    for (const [name, k] of rename) this.schemas[k] = fix((($defs ?? {}) as Record<string, Json>)[name]) as Json;
    return fix(root) as Json;
  }
}

function parameters(c: Components, obj: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!obj) return [];
  const s = c.schema(obj, 'input');
  const props = (s['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((s['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, rest]) => {
    // Descriptions live in zod's global registry, which the named-schema registry above stands in for.
    const description = (obj.shape[name] as z.ZodType | undefined)?.description;
    return { name, in: where, required: where === 'path' || (required.has(name) && !('default' in rest)), ...(description ? { description } : {}), schema: rest };
  });
}

/** The OpenAPI 3.1 document of the registered routes. */
export function openApiDocument(specs: readonly RouteSpec[]): Json {
  const c = new Components();
  const paths: Record<string, Record<string, Json>> = {};
  for (const s of specs) {
    const responses: Json = {};
    for (const [status, r] of Object.entries(s.responses)) {
      const type = r.contentType ?? 'application/json';
      responses[status] = { description: r.description, content: { [type]: r.schema ? { schema: c.schema(r.schema, 'output') } : { schema: { type: 'string', format: 'binary' } } } };
    }
    if (!responses['500']) responses['500'] = { description: 'unexpected failure (no details are sent)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    (paths[s.path] ??= {})[s.method] = {
      operationId: `${s.method}${s.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/\W/g, '')}`,
      tags: [s.tag],
      summary: s.summary,
      ...(s.description ? { description: s.description } : {}),
      parameters: [...parameters(c, s.params, 'path'), ...parameters(c, s.query, 'query')],
      ...(s.body ? { requestBody: { required: true, ...(s.body.description ? { description: s.body.description } : {}), content: { [s.body.contentType]: { schema: c.schema(s.body.schema, 'input') } } } } : {}),
      security: s.auth ? [{ bearer: [] }] : [],
      responses,
    };
  }
  c.schema(ErrorSchema, 'output');
  return {
    openapi: '3.1.0',
    info: { title: 'gongkai API', version: '0.1.0', description: 'Stored budget disclosures (预决算公开), their tables, findings and figures. Reads are public; uploads, deletes and rechecks need a bearer token from POST /api/login. Errors are {error: {code, message}}.' },
    servers: [{ url: '/' }],
    tags: [...new Set(specs.map((s) => s.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: c.schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /api/login' } } },
  };
}
