// Public API of the escalation service. Explicit named exports only.
export { escalationService } from './lib/escalation.service';
