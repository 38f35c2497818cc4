import type { MigrationInterface, QueryRunner } from 'typeorm';
import { assertSchemaName, INBOX_TABLE, OUTBOX_TABLE, qualifiedTable, quoteIdent } from './schema-name';

/**
 * TypeORM orders migrations by the last 13 characters of their name, parsed as a JavaScript
 * timestamp (MigrationExecutor.getMigrations), and records the whole name in its migrations
 * table. So the schema goes BEFORE the timestamp, and the name is unique per schema: the
 * embedded mode runs every service's copy of this migration against one database.
 * An early fixed timestamp makes the messaging tables exist before any service migration.
 */
export const MESSAGING_MIGRATION_TIMESTAMP = 1_700_000_000_000;

export function messagingMigrationName(schema: string): string {
  return `MessagingTables_${assertSchemaName(schema)}_${MESSAGING_MIGRATION_TIMESTAMP}`;
}

/** The outbox and inbox tables in a service's own schema (created if missing). */
export function messagingMigration(schema: string): new () => MigrationInterface {
  const name = messagingMigrationName(schema);
  const quotedSchema = quoteIdent(schema);
  const outbox = qualifiedTable(schema, OUTBOX_TABLE);
  const inbox = qualifiedTable(schema, INBOX_TABLE);

  class MessagingTablesMigration implements MigrationInterface {
    readonly name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema}`);
      // seq is the publish order; id (the CloudEvent id) makes enqueueing one event twice fail.
      await queryRunner.query(`CREATE TABLE ${outbox} (
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        payload bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL
      )`);
      // The relay only ever reads the unpublished head in seq order: keep that index tiny.
      await queryRunner.query(`CREATE INDEX outbox_unpublished_seq_idx ON ${outbox} (seq) WHERE published_at IS NULL`);
      await queryRunner.query(`CREATE TABLE ${inbox} (
        consumer_group text NOT NULL,
        event_id text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        message_offset text NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      // The schema stays: the service's own tables live there too.
      await queryRunner.query(`DROP TABLE ${inbox}`);
      await queryRunner.query(`DROP TABLE ${outbox}`);
    }
  }
  // Also the class name, for tools and error messages that read `constructor.name`.
  Object.defineProperty(MessagingTablesMigration, 'name', { value: name });
  return MessagingTablesMigration;
}
