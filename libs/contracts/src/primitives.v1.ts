import { z } from 'zod';

/**
 * Building blocks shared by every domain's v1 contracts. Changing one changes every contract
 * that uses it, so the compatibility guard treats an edit here like an edit to each of them.
 */

/** Opaque identifier (ULID, UUID or an external system's id): never empty. */
export const idSchema = z.string().min(1);

/** A count of things: tokens, chunks, items. */
export const countSchema = z.number().int().nonnegative();

/** A 1-based version or attempt number. */
export const positiveIntSchema = z.number().int().positive();

/** An instant with an explicit offset, e.g. `2025-03-14T09:26:53.589Z`. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** BCP 47 language tag: `en`, `de-CH`, `pt-BR`. */
export const languageTagSchema = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);

/** A score in [0, 1] (confidence, grounding, classifier probability). */
export const unitScoreSchema = z.number().min(0).max(1);

/** A duration in milliseconds. */
export const durationMsSchema = z.number().nonnegative();

/** An amount in US dollars; fractions of a cent are kept (per-token prices are tiny). */
export const usdSchema = z.number().nonnegative();

/** Error codes cross process boundaries as `AREA.REASON` strings (see libs/errors). */
export const errorCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/);

/** Lowercase hex SHA-256 digest. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A human-readable failure description: never a stack trace, never a secret. */
export const errorMessageSchema = z.string().max(2000);
