/** Loads an ES module from CommonJS with a real dynamic `import()` (see esm-import.cjs). */
export declare function importEsm<T>(specifier: string): Promise<T>;
