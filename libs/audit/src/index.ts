// Public API of the audit service. Explicit named exports only.
export { auditService } from './lib/audit.service';
