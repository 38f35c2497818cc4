import { AppError } from '@sagewire/errors';

/**
 * Every service owns one PostgreSQL schema (DESIGN.md, "Storage"). Schema names reach SQL as
 * identifiers, which cannot be bound as parameters, so they are validated here once and
 * quoted wherever they are used. Lowercase only: an unquoted name folds to lowercase in
 * PostgreSQL, so a lowercase name means the same schema in hand-written SQL and in psql.
 */
const SCHEMA_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/** PostgreSQL refuses to create schemas with this prefix (reserved for system schemas). */
const RESERVED_PREFIX = 'pg_';

export const OUTBOX_TABLE = 'outbox';
export const INBOX_TABLE = 'inbox';

/** Returns the name if it is a valid service schema name, or throws `MESSAGING.INVALID_SCHEMA_NAME`. */
export function assertSchemaName(schema: string): string {
  if (!SCHEMA_NAME_PATTERN.test(schema) || schema.startsWith(RESERVED_PREFIX)) {
    throw new AppError(
      'MESSAGING.INVALID_SCHEMA_NAME',
      `invalid schema name ${JSON.stringify(schema)}: expected 1-63 characters of a-z, 0-9 and _, ` +
        `starting with a letter or _, and not starting with "${RESERVED_PREFIX}"`,
      { details: { schema } },
    );
  }
  return schema;
}

/** Quotes an identifier for SQL text (doubling embedded quotes, as PostgreSQL requires). */
export function quoteIdent(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** `"schema"."table"` for a validated schema. */
export function qualifiedTable(schema: string, table: string): string {
  return `${quoteIdent(assertSchemaName(schema))}.${quoteIdent(table)}`;
}
