// Public API of gateway. Explicit named exports only.
export {};
