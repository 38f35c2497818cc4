// Public API of ingestion. Explicit named exports only.
export {};
