import { z } from "zod";
import { parseWith } from "../../model/index.ts";

// The analyses a document can append. Each field's schema checks only what the reporters read, so a
// report from a newer version still renders, and a malformed one fails with paths, not a TypeError.
const ExtrasSchema = z.strictObject({});

/** Analyses to append to a document: only what is given is rendered. */
export type RenderExtras = z.input<typeof ExtrasSchema>;

/** The validated extras. */
export type ParsedExtras = z.output<typeof ExtrasSchema>;

/** Validates the extras (an absent value means none). */
export function parseExtras(extras: unknown): ParsedExtras {
  return parseWith(ExtrasSchema, extras ?? {}, "extras");
}
