// Public API of audit. Explicit named exports only.
export {};
