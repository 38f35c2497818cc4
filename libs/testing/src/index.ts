// Test helpers for real servers. Explicit named exports only (STYLE.md: no catch-all barrels).

// Waiting for asynchronous outcomes.
export { eventually, DEFAULT_EVENTUALLY_TIMEOUT_MS } from './async/eventually';
export type { EventuallyOptions } from './async/eventually';

// PostgreSQL: one database per spec file, dropped by name.
export { createTestDatabase, DEFAULT_ADMIN_DATABASE_URL } from './postgres/test-database';
export type { TestDatabase, TestDatabaseOptions } from './postgres/test-database';

// Kafka: the broker from KAFKA_BROKERS, and names no other spec or run uses.
export { kafkaBrokersFromEnv, uniqueGroup, uniqueTopic } from './kafka';

// Child processes: a service process to kill mid-flight, run through tsx.
export { runTsScript, type ScriptExit } from './process/run-ts-script';

// Documents: real PDF and DOCX files for parser specs and uploads in integration tests.
export { buildPdf, BUILT_PDF_USER_PASSWORD } from './documents/pdf-builder';
export type { PdfBlock, PdfSpec } from './documents/pdf-builder';
export { buildDocx } from './documents/docx-builder';
export type { DocxBlock, DocxSpec } from './documents/docx-builder';
export { RETURNS_PAGE_V1, RETURNS_PAGE_V2, SHIPPING_PAGE } from './documents/help-centre-pages';
