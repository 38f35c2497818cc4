import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * A configuration variable holding JSON, given inline or as `@/path/to/file.json` so a long
 * policy can live in a mounted file. The value is checked against `schema`; a problem is
 * reported with its path inside the JSON (`tenants.acme.minConfidence: …`), and `parseConfig`
 * puts the variable's name in front of it.
 */
export function jsonSetting<S extends z.ZodType>(schema: S) {
  return z.string().transform((raw, ctx): z.infer<S> => {
    try {
      const parsed = schema.safeParse(JSON.parse(raw.startsWith('@') ? readFileSync(raw.slice(1), 'utf8') : raw));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') });
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not readable JSON (${error instanceof Error ? error.message : String(error)})` });
    }
    return z.NEVER;
  });
}
