export { openStore, storeFromEnv, locationFromEnv, migrate, DEFAULT_DATA_DIR, type StoreLocation } from './open.js';
export { Store, type BodyEntry, type Counts, type DocumentSummary, type ImportOptions, type ImportResult, type ListQuery, type StoredDocument, type TableListEntry, type SearchHit, type SearchQuery } from './store.js';
export { PGliteDialect } from './pglite-dialect.js';
export type { Database, ImportStatus } from './schema.js';
export { type NewPublication, type Publication, PublicationSchema, listPublications, recordPublication } from './publications.js';
