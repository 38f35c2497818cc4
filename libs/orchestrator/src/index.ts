// Public API of orchestrator. Explicit named exports only.
export {};
