// Public API of generation. Explicit named exports only.
export {};
