import { z } from 'zod';

/**
 * The output contract of ../shared/CONTRACT.md §2, as zod schemas. Every TypeScript type
 * of the output is inferred from here; nothing is written twice.
 */

/** A half-open range of UTF-16 indices into the decoded source text, before normalisation. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must be >= span.start' })
  .describe('Half-open range [start, end) of UTF-16 indices into the decoded source text');
export type Span = z.infer<typeof SpanSchema>;

export const QualifierSchema = z
  .enum(['at_least', 'about', 'more_than', 'nearly', 'at_most'])
  .nullable()
  .describe('以上/不少于/不低于 → at_least; 左右/约 → about; 余/多/超过/过 → more_than; 近/接近 → nearly; 以内/以下/不超过 → at_most');
export type Qualifier = z.infer<typeof QualifierSchema>;

export const StatusSchema = z.enum(['actual', 'estimate', 'target']);
export type Status = z.infer<typeof StatusSchema>;

export const DimensionSchema = z.enum([
  'currency',
  'area',
  'length',
  'mass',
  'volume',
  'energy',
  'power',
  'concentration',
  'count',
  'percent',
  'rank',
  'index',
  'time',
  'other',
]);
export type Dimension = z.infer<typeof DimensionSchema>;

export const NormalizedSchema = z
  .object({
    value: z.number(),
    valueHigh: z.number().optional(),
    unit: z.string().describe('Base unit of the dimension: CNY, m2, m, kg, m3, kWh, kW, mg/L, count, %, rank, index, …'),
    dimension: DimensionSchema,
    /** 亩 keeps its own unit; its square-metre value rides along. */
    squareMetres: z.number().optional(),
  })
  .nullable();
export type Normalized = z.infer<typeof NormalizedSchema>;

export const GrowthSchema = z
  .object({
    value: z.number().describe('Negative for a fall (下降, 减少, 负增长, 增长-0.5%)'),
    unit: z
      .enum(['%', 'pp', '‰', '‰pt', '位次', '倍'])
      .describe('"%" or "pp" (个百分点); extensions: "‰" and "‰pt" (个千分点, per-mille points), 位次 for rank changes, 倍 for times'),
    basis: z.enum(['yoy']).nullable().describe('yoy: 同比, 比上年, 较上年; null when unstated'),
    text: z.string(),
    qualifier: QualifierSchema.optional(),
  })
  .nullable();
export type Growth = z.infer<typeof GrowthSchema>;

export const TopicSchema = z.enum([
  'overview',
  'industry',
  'finance',
  'investment',
  'trade',
  'agriculture',
  'livelihood',
  'health',
  'education',
  'culture_tourism',
  'environment',
  'urban',
  'employment',
  'governance',
]);
export type Topic = z.infer<typeof TopicSchema>;

export const SectionSchema = z.object({
  id: z.string().describe('Hierarchical: s1, s1.2, s1.2.3'),
  parentId: z.string().nullable(),
  level: z.number().int().min(1),
  ordinal: z.string().describe('As written: 一, （一）, 1, （1）, 第一部分'),
  title: z.string(),
  span: SpanSchema,
  topic: TopicSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const IndicatorSchema = z.object({
  id: z.string(),
  name: z.string().nullable().describe('The measure, as written (shortest phrase naming it)'),
  canonical: z.string().nullable().describe("Key from the project's taxonomy, or null"),
  value: z.number().nullable().describe('As written, Chinese numerals resolved; the low end of a range'),
  valueHigh: z.number().optional().describe('High end of a range (3-5万元)'),
  unit: z.string().nullable().describe('As written, multiplier included (亿元, 万平方米, %); null if none'),
  normalized: NormalizedSchema,
  growth: GrowthSchema,
  qualifier: QualifierSchema,
  status: StatusSchema,
  period: z.string().nullable().describe('The year the figure belongs to'),
  subPeriod: z
    .string()
    .optional()
    .describe('Extension: the part of the year a release states its figures for (Q1, Q1-Q3, H1, M1-M2, M3), from a leading 一季度/前三季度/上半年/1-2月/3月末; the period stays the year'),
  sectionId: z.string().nullable(),
  sentence: z.string(),
  span: SpanSchema,
  text: z.string(),
  ruleId: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * CONTRACT §2's reasons, extended with `ratio` for structure ratios (三次产业结构14.2:38.6:47.2),
 * `damaged` (digits a wrong encoding replaced, and what belonged to them), `furniture` (page and
 * forum furniture), `comparison` (the figure of a place compared with: 增长6.2%(全市5.8%)) and `too_large` for a figure no double can hold (a 320-digit number).
 */
export const UnclaimedReasonSchema = z.enum(['date', 'ordinal', 'name', 'slogan', 'grade', 'ratio', 'damaged', 'furniture', 'comparison', 'too_large', 'unknown']);
export type UnclaimedReason = z.infer<typeof UnclaimedReasonSchema>;

export const UnclaimedSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  reason: UnclaimedReasonSchema,
  ruleId: z.string().optional(),
});
export type Unclaimed = z.infer<typeof UnclaimedSchema>;

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
  ruleId: z.string().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const RegionSchema = z
  .object({
    name: z.string(),
    code: z.string().regex(/^\d{6}$/).nullable(),
    parent: z.string().nullable(),
  })
  .nullable();
export type Region = z.infer<typeof RegionSchema>;

export const ReportYearSourceSchema = z.enum(['title', 'date-line', 'section', 'text', 'file-name']);
export type ReportYearSource = z.infer<typeof ReportYearSourceSchema>;

/** The formats zhibiao reads; a string handed to `extract` is `txt`. */
export const InputFormatSchema = z.enum(['txt', 'html', 'docx', 'pdf']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const DocumentMetaSchema = z.object({
  id: z.string(),
  source: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  encoding: z.string(),
  // Always written. Read as `txt` when absent: a document without it was made by extract() from a string.
  format: InputFormatSchema.default('txt').describe('The input format, always present: txt (also for a string given to extract), html, docx, pdf'),
  title: z.string().nullable(),
  region: RegionSchema,
  reportYear: z.number().int().nullable(),
  reportYearFrom: ReportYearSourceSchema.optional().describe(
    'Extension: where reportYear was read — the title, the date line of the speech, a results section heading, the text itself, or the file name',
  ),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const CoverageSchema = z.object({
  numbers: z.number().int().nonnegative(),
  claimed: z.number().int().nonnegative(),
  ratio: z.number().min(0).max(1),
});

/**
 * `checks`, an extension of the contract (CONTRACT §2 lists no such field): consistency
 * checks run on a document's indicators against the taxonomy (src/checks). Relations
 * (parts adding up to a whole, shares to 100, a value and its growth against last year's
 * value) are listed whether they hold or not; a figure outside its plausible range and a
 * measure stated with two different values are listed only when they occur.
 */
export const CheckSchema = z.object({
  id: z
    .string()
    .describe('Which check: industries-sum-to-gdp, contributions-sum-to-100, growth-matches-previous-year, value-in-range, growth-in-range, one-value-per-measure'),
  passed: z.boolean(),
  severity: z.enum(['info', 'warning', 'error']).describe('info when passed; otherwise how much the failure says about the figures'),
  indicatorIds: z.array(z.string()).describe('The indicators the check read; for growth-matches-previous-year the last one may belong to another document'),
  canonical: z.string().describe('Taxonomy key checked (the whole, for a sum)'),
  period: z.string().nullable(),
  status: StatusSchema,
  expected: z
    .union([z.number(), z.object({ min: z.number(), max: z.number() })])
    .describe('What the figures should be: a number (with `tolerance`) or a plausible range'),
  tolerance: z.number().nonnegative().optional().describe('How far `found` may be from a numeric `expected` (rounding of the figures read)'),
  found: z.number(),
  unit: z.string().nullable().describe('Unit of expected and found: a base unit (CNY, %, kg) or pp'),
  message: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;

export const ZhibiaoDocumentSchema = z.object({
  schemaVersion: z.literal('1'),
  document: DocumentMetaSchema,
  sections: z.array(SectionSchema),
  indicators: z.array(IndicatorSchema),
  coverage: CoverageSchema,
  unclaimed: z.array(UnclaimedSchema),
  warnings: z.array(WarningSchema),
  checks: z.array(CheckSchema).optional().describe('Extension: consistency checks of the indicators (src/checks); absent in documents written before it'),
  text: z.string().optional().describe('The decoded source text, with --keep-text'),
});
export type ZhibiaoDocument = z.infer<typeof ZhibiaoDocumentSchema>;

/** The JSON Schema that `zhibiao schema` prints and schema/zhibiao.schema.json holds. */
export function outputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ZhibiaoDocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
