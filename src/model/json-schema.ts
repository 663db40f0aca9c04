import { z } from 'zod';
import { DocumentSchema, SCHEMA_VERSION } from './document.js';

/** The JSON Schema of the document model, generated from the zod schemas. */
export function documentJsonSchema(): object {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
  return {
    $id: `https://gongkai.invalid/schema/gongkai-document.v${SCHEMA_VERSION}.schema.json`,
    title: `gongkai document model v${SCHEMA_VERSION}`,
    ...schema,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(documentJsonSchema(), null, 2) + '\n');
}
