import { Module, type DynamicModule } from '@nestjs/common';
import { ALL_CONTRACTS } from '@sagewire/contracts';
import { ACCESS_TOKEN_SECRET, AccessTokenGuard, ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ReadConversationHandler } from './application/read-conversation/read-conversation.handler';
import { RecordEventHandler } from './application/record-event/record-event.handler';
import { VerifyChainHandler } from './application/verify-chain/verify-chain.handler';
import { AuditLog1763900000000 } from './infrastructure/postgres/audit-log.migration';
import { AUDIT_EVENTS, AuditConsumer } from './interface/events/audit.consumer';
import { AuditController } from './interface/http/audit.controller';

@Module({})
export class AuditModule {}

/** The audit service: a tamper-evident, per-tenant hash-chained log of every event, and its reading API. */
export const auditService: ServiceDefinition = {
  name: 'audit',
  schema: 'audit',
  migrations: [AuditLog1763900000000],
  consumers: [{ transportId: AUDIT_EVENTS, groupId: 'audit', contracts: ALL_CONTRACTS }],
  module: (runtime): DynamicModule => ({
    module: AuditModule,
    controllers: [AuditConsumer, AuditController],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: ACCESS_TOKEN_SECRET, useValue: runtime.jwtSecret },
      AccessTokenGuard,
      RecordEventHandler,
      ReadConversationHandler,
      VerifyChainHandler,
    ],
  }),
};
