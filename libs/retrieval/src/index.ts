// Public API of retrieval. Explicit named exports only.
export {};
