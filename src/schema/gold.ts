import { z } from 'zod';
import { GrowthSchema, QualifierSchema, SpanSchema, StatusSchema } from './document.js';

/**
 * One hand-annotated indicator (docs/annotation.md). The same fields as an output
 * indicator, minus what the annotator does not decide (id, canonical, normalized, ruleId).
 */
export const GoldIndicatorSchema = z.object({
  name: z.string(),
  value: z.number().nullable(),
  valueHigh: z.number().optional(),
  unit: z.string().nullable(),
  growth: GrowthSchema,
  qualifier: QualifierSchema,
  status: StatusSchema,
  period: z.string().nullable(),
  sectionId: z.string().nullable(),
  span: SpanSchema,
  text: z.string(),
  note: z.string().optional().describe('Why, for a borderline case (cite the guideline)'),
});
export type GoldIndicator = z.infer<typeof GoldIndicatorSchema>;

export const GoldDocumentSchema = z.object({
  document: z.string().describe('Document id (basename)'),
  source: z.string().describe('Path of the annotated file, relative to the repo root'),
  annotator: z.string().optional(),
  indicators: z.array(GoldIndicatorSchema),
});
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
