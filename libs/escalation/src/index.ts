// Public API of escalation. Explicit named exports only.
export { escalationService } from './lib/escalation.service';
export { DEFAULT_ESCALATION_POLICY, evaluateEscalation } from './lib/domain/rules/evaluate-escalation';
export type {
  EscalationDecision,
  EscalationPolicy,
  EscalationPriority,
  EscalationReason,
  EscalationSignals,
} from './lib/domain/rules/evaluate-escalation';
export { MAX_SUMMARY_CHARS, buildHandoffSummary } from './lib/domain/handoff/build-summary';
export type { SummaryInput, TicketReason } from './lib/domain/handoff/build-summary';
