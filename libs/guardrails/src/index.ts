// Public API of guardrails. Explicit named exports only.
export {};
