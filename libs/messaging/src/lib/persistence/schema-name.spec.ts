import { AppError } from '@sagewire/errors';
import { outboxChannel } from '../outbox/outbox-channel';
import { MESSAGING_MIGRATION_TIMESTAMP, messagingMigration, messagingMigrationName } from './messaging.migration';
import { assertSchemaName, qualifiedTable, quoteIdent } from './schema-name';

describe('service schema names', () => {
  it.each(['svc_test', '_x', 'a', 'orchestrator', `a${'b'.repeat(62)}`])('accepts %j', (schema) => {
    expect(assertSchemaName(schema)).toBe(schema);
  });

  it.each(['', 'Svc', '1svc', 'svc-test', 'svc test', 'svc"; DROP SCHEMA public; --', 'pg_catalog', `a${'b'.repeat(63)}`])(
    'rejects %j with a clear AppError',
    (schema) => {
      const error = (() => {
        try {
          assertSchemaName(schema);
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'MESSAGING.INVALID_SCHEMA_NAME', retriable: false, message: expect.stringContaining('invalid schema name') });
    },
  );

  it('quotes identifiers and qualifies tables', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(qualifiedTable('svc_test', 'outbox')).toBe('"svc_test"."outbox"');
  });

  it('validates before anything reaches SQL: writer, relay, inbox and migration all go through it', () => {
    expect(() => messagingMigration('Bad-Name')).toThrow(AppError);
    expect(() => outboxChannel('Bad-Name')).toThrow(AppError);
  });
});

describe('messaging migration name', () => {
  it('ends with the 13-digit timestamp TypeORM reads, and is unique per schema', () => {
    const name = messagingMigrationName('svc_test');
    expect(name).toBe(`MessagingTables_svc_test_${MESSAGING_MIGRATION_TIMESTAMP}`);
    // MigrationExecutor.getMigrations: parseInt(name.substr(-13), 10)
    expect(parseInt(name.slice(-13), 10)).toBe(MESSAGING_MIGRATION_TIMESTAMP);
    expect(messagingMigrationName('svc_other')).not.toBe(name);
    const Migration = messagingMigration('svc_test');
    expect([Migration.name, new Migration().name]).toEqual([name, name]);
  });
});

describe('outbox channel', () => {
  it('fits PostgreSQL identifier length and stays distinct for long schema names', () => {
    expect(outboxChannel('svc_test')).toBe('sagewire_outbox_svc_test');
    const long1 = outboxChannel(`a${'b'.repeat(61)}1`);
    const long2 = outboxChannel(`a${'b'.repeat(61)}2`);
    expect(long1.length).toBeLessThanOrEqual(63);
    expect(long1).not.toBe(long2);
  });
});
