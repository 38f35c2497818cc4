import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from '@sagewire/cli-kit';

/** Tools' usage errors are the kit's, so `optionsOrExitCode` recognises them. */
export { UsageError };

export type BenchCommand<T> = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: T };

/**
 * Parses `--name value` options (plus `--help`/`-h`) and validates them with `schema`, so every
 * bench reports a bad option the same way: a UsageError naming it.
 */
export function parseBenchCommandLine<S extends z.ZodType>(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>, schema: S): BenchCommand<z.infer<S>> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options: { help: { type: 'boolean', short: 'h' }, ...options } }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values['help'] === true) return { kind: 'help' };
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return { kind: 'run', options: parsed.data };
}
