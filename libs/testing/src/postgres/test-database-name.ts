/** Prefixes name the spec that owns a database, so a leftover one can be traced to its spec. */
const PREFIX_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const DATABASE_NAME_PATTERN = /^sw_[a-z][a-z0-9_]*_[0-9a-f]+$/;
/** PostgreSQL truncates longer identifiers, which could make two names collide. */
const MAX_NAME_LENGTH = 63;

/** `sw_<prefix>_<suffix>`: lowercase, so it needs no case-sensitive quoting anywhere. */
export function testDatabaseName(prefix: string, suffix: string): string {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new Error(`test database prefix ${JSON.stringify(prefix)} must match ${PREFIX_PATTERN.source}`);
  }
  return assertTestDatabaseName(`sw_${prefix}_${suffix}`);
}

/**
 * Database names cannot be bound as parameters. Every name this module creates or drops is
 * checked against the one shape it creates, so a drop can only ever hit a test database.
 */
export function assertTestDatabaseName(name: string): string {
  if (!DATABASE_NAME_PATTERN.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new Error(`refusing to use ${JSON.stringify(name)} as a test database name`);
  }
  return name;
}

export function quoteDatabaseName(name: string): string {
  return `"${assertTestDatabaseName(name)}"`;
}
