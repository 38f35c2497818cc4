import { auditService } from '@sagewire/audit';
import { escalationService } from '@sagewire/escalation';
import { gatewayService } from '@sagewire/gateway';
import { generationService } from '@sagewire/generation';
import { guardrailsService } from '@sagewire/guardrails';
import { ingestionService } from '@sagewire/ingestion';
import { orchestratorService } from '@sagewire/orchestrator';
import { retrievalService } from '@sagewire/retrieval';
import type { ServiceDefinition } from '@sagewire/service-kit';

/**
 * Every service of the platform, hosted in this one process. The order matters only for HTTP
 * routes (Nest registers them module by module, and the chat page's come after all of these).
 */
export const ALL_SERVICES: readonly ServiceDefinition[] = [
  gatewayService,
  orchestratorService,
  ingestionService,
  retrievalService,
  generationService,
  guardrailsService,
  escalationService,
  auditService,
];
