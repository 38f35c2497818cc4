// Hosting services in specs exactly as in production, on a real database and the in-memory bus.
// Explicit named exports only (STYLE.md: no catch-all barrels).
export { ServiceTestHost, SPEC_JWT_SECRET } from './lib/service-test-host';
export { ServiceWorld } from './lib/service-world';
export { messageOf } from './lib/message-of';
export { retrieval, retrieve, retrieveUntil } from './lib/retrieval-requests';
