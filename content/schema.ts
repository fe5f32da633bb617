// Every shape of the coaching library, once, in zod; the types come from z.infer.
import { z } from '../lib/zod';

/** A text shown to the leader, in English and Bahasa Indonesia. Both are required. */
export const localizedTextSchema = z.object({
  en: z.string().trim().min(1),
  id: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

/** What kind of place a surface is; the coaching picks questions and prompts by kind. */
export const surfaceKindSchema = z.enum(['feed', 'profile', 'inbox', 'publishing', 'ads', 'analytics']);
export type SurfaceKind = z.infer<typeof surfaceKindSchema>;

/**
 * One URL rule: every part given must match. `path` is tested against the URL's pathname,
 * `hash` against its fragment (for apps that route by `#/...`).
 */
export const urlRuleSchema = z
  .object({
    hosts: z.array(z.string().min(1)).min(1).optional(),
    path: z.instanceof(RegExp).optional(),
    hash: z.instanceof(RegExp).optional(),
  })
  .refine((rule) => rule.hosts || rule.path || rule.hash, 'a rule needs a host, path or hash');
export type UrlRule = z.infer<typeof urlRuleSchema>;

export const surfaceSchema = z.object({
  id: idSchema,
  kind: surfaceKindSchema,
  name: localizedTextSchema,
  /** What the leader is looking at here, in one sentence. */
  summary: localizedTextSchema,
  rules: z.array(urlRuleSchema).min(1),
  /** Real-looking URLs of this surface; a test checks each is detected as this surface only. */
  examples: z.array(z.url()).min(2),
});
export type Surface = z.infer<typeof surfaceSchema>;

export const platformSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Exact host names, lower case. Look-alike hosts never match. */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
  /** Checked in order: the first surface whose rule matches wins, so put specific ones first. */
  surfaces: z.array(surfaceSchema),
});
export type Platform = z.infer<typeof platformSchema>;

export const checklistPhaseSchema = z.enum(['first-week', 'first-30-days', 'first-60-days', 'first-90-days']);
export type ChecklistPhase = z.infer<typeof checklistPhaseSchema>;

export const checklistItemSchema = z.object({
  id: idSchema,
  phase: checklistPhaseSchema,
  text: localizedTextSchema,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * A metric, as far as detection needs it: its name and the labels each platform's interface
 * shows for it. Definitions, variants and sources join this shape with the coaching library.
 */
export const metricSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  /** Per platform id: the exact labels that platform's interface shows, in any language. */
  labels: z.record(z.string(), z.array(z.string().trim().min(2)).min(1)),
});
export type Metric = z.infer<typeof metricSchema>;
