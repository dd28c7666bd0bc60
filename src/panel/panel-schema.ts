import { z } from 'zod';
import { CheckSchema, DocumentMetaSchema, IndicatorSchema, QualifierSchema, StatusSchema } from '../schema/document.js';

/** What the panel reads of a stored document: its metadata and its indicators. */
export const PanelDocumentSchema = z.object({ document: DocumentMetaSchema, indicators: z.array(IndicatorSchema) });
export type PanelDocument = z.infer<typeof PanelDocumentSchema>;

/**
 * One row of the panel: one place × canonical key × period × status × measure. `place` is
 * the region code, or the region's name where the division table has no code for it.
 */
export const PanelRowSchema = z.object({
  place: z.string().describe('Region code (GB/T 2260), or the region name where it has none'),
  region_code: z.string().nullable(),
  region_name: z.string(),
  region_parent: z.string().nullable(),
  canonical: z.string(),
  label: z.string().describe('English label from the taxonomy'),
  period: z.string(),
  status: StatusSchema,
  measure: z.enum(['value', 'growth']),
  value: z.number().nullable().describe('Value rows: as written'),
  unit: z.string().nullable(),
  normalized_value: z.number().nullable(),
  normalized_unit: z.string().nullable(),
  growth: z.number().nullable().describe('Growth rows: the rate of change'),
  growth_unit: z.string().nullable().describe('% for amounts, pp for rates'),
  qualifier: QualifierSchema,
  name: z.string().nullable().describe('The measure as written in the report'),
  document_id: z.string(),
  report_year: z.number().int().nullable(),
  indicator_id: z.string(),
  alternate_ids: z.array(z.string()).describe('Other statements of the same measure the pick rule did not keep, in this and other reports'),
});
export type PanelRow = z.infer<typeof PanelRowSchema>;

/** A target of period Y joined to the result for Y. */
export const TargetRowSchema = z.object({
  place: z.string(),
  region_name: z.string(),
  canonical: z.string(),
  label: z.string(),
  period: z.string(),
  measure: z.enum(['value', 'growth']),
  qualifier: QualifierSchema.describe('As stated'),
  rule: z.enum(['at_least', 'about', 'at_most']).describe('How met is judged: the qualifier, or the taxonomy direction when none is stated'),
  target: z.number(),
  target_unit: z.string().nullable(),
  target_document_id: z.string(),
  target_indicator_id: z.string(),
  actual: z.number().nullable().describe("In the target's unit"),
  actual_status: StatusSchema.nullable(),
  actual_document_id: z.string().nullable(),
  actual_indicator_id: z.string().nullable(),
  gap: z.number().nullable().describe('actual − target'),
  gap_unit: z.string().nullable().describe("The target's unit; pp for a rate in %"),
  tolerance: z.number().nullable().describe('For about: how far the actual may be from the target'),
  outcome: z.enum(['met', 'missed', 'unmatched', 'not_comparable']),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

/** A check of one document, placed. */
export const PanelCheckSchema = CheckSchema.extend({ place: z.string(), document_id: z.string() });
export type PanelCheck = z.infer<typeof PanelCheckSchema>;
