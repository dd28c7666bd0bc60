import type { QuantityKey } from '../eval/unit-key.js';

/**
 * Microsoft Recognizers-Text for Chinese, the general-purpose peer zhibiao is measured
 * against. The package is a devDependency, so it is imported only when the benchmark asks
 * for it: `dist/` loads without it.
 */

/** What Recognizers-Text returns for one match (its `end` is inclusive). */
interface RtModelResult {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly typeName: string;
  readonly resolution?: { readonly value?: unknown; readonly unit?: unknown } | null;
}

type RecognizeFunction = (query: string, culture: string) => RtModelResult[];

/** The part of `@microsoft/recognizers-text-suite` the benchmark uses. */
interface RecognizersSuite {
  readonly Culture: { readonly Chinese: string };
  readonly recognizeCurrency: RecognizeFunction;
  readonly recognizeDimension: RecognizeFunction;
  readonly recognizePercentage: RecognizeFunction;
}

/** The kinds of quantity zhibiao's indicators carry that Recognizers-Text can recognise. */
export type RtKind = 'currency' | 'dimension' | 'percentage';

/** One entity Recognizers-Text found, placed in the whole document. */
export interface RtEntity {
  readonly kind: RtKind;
  /** UTF-16 offsets into the document, end exclusive (converted from its inclusive end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Resolved value in the recogniser's unit (yuan, metres, …); null when it gave none. */
  readonly value: number | null;
  /** Its unit name (`Chinese yuan`, `Kilometer`), `%` for percentages. */
  readonly unit: string | null;
}

/** A loaded recogniser: everything it finds in one sentence. */
export interface Recognizers {
  recognize(sentence: string): RtEntity[];
}

/**
 * Recognizers-Text unit names → the scorer's base units (src/eval/unit-key.ts), so its
 * `28200000000 Chinese yuan` compares with the gold's `282 亿元`. A unit not listed keeps
 * its own name and so never equals a gold unit.
 */
export const RT_UNIT_TABLE: readonly { readonly rt: string; readonly base: string; readonly factor: number; readonly example: string }[] = [
  { rt: 'Chinese yuan', base: 'CNY', factor: 1, example: '282亿元 → 28200000000 Chinese yuan' },
  { rt: 'United States dollar', base: 'USD', factor: 1, example: '1.2亿美元' },
  { rt: '%', base: '%', factor: 1, example: '增长6% → 6%' },
  { rt: 'Meter', base: 'm', factor: 1, example: '500米' },
  { rt: 'Kilometer', base: 'm', factor: 1e3, example: '12.5公里 → 12.5 Kilometer' },
  { rt: 'Square meter', base: 'm2', factor: 1, example: '3.2万平方米 → 32000 Square meter' },
  { rt: 'Square kilometer', base: 'm2', factor: 1e6, example: '2平方公里' },
  { rt: 'Hectare', base: 'm2', factor: 1e4, example: '30公顷' },
  { rt: 'Mu', base: '亩', factor: 1, example: '1200亩 → 1200 Mu' },
  { rt: 'Cubic meter', base: 'm3', factor: 1, example: '5立方米' },
  { rt: 'Kilogram', base: 'kg', factor: 1, example: '3公斤' },
  { rt: 'Gram', base: 'kg', factor: 1e-3, example: '20克' },
  { rt: 'Ton', base: 'kg', factor: 1e3, example: '3万吨' },
];

const RT_UNIT: ReadonlyMap<string, { base: string; factor: number }> = new Map(
  RT_UNIT_TABLE.map((row) => [row.rt, { base: row.base, factor: row.factor }]),
);

/**
 * An entity as a comparable key in the scorer's base units; null when it has no value.
 *
 * @example
 * rtQuantityKey({ kind: 'currency', start: 8, end: 13, text: '282亿元', value: 28200000000, unit: 'Chinese yuan' });
 * // { base: 'CNY', value: 28200000000, valueHigh: null }
 */
export function rtQuantityKey(entity: RtEntity): QuantityKey | null {
  if (entity.value === null) return null;
  const mapped = entity.unit === null ? undefined : RT_UNIT.get(entity.unit);
  if (!mapped) return { base: `rt:${entity.unit ?? ''}`, value: entity.value, valueHigh: null };
  return { base: mapped.base, value: entity.value * mapped.factor, valueHigh: null };
}

function toEntity(kind: RtKind, result: RtModelResult, offset: number): RtEntity {
  const rawValue = result.resolution?.value;
  // Percentages resolve to text like "16.29%"; the others to a plain number string.
  const value = typeof rawValue === 'string' ? Number.parseFloat(rawValue) : typeof rawValue === 'number' ? rawValue : Number.NaN;
  const rawUnit = result.resolution?.unit;
  return {
    kind,
    start: offset + result.start,
    end: offset + result.end + 1,
    text: result.text,
    value: Number.isFinite(value) ? value : null,
    unit: kind === 'percentage' ? '%' : typeof rawUnit === 'string' ? rawUnit : null,
  };
}

/**
 * Imports the suite and binds its Chinese models. Throws with a hint when the
 * devDependency is not installed.
 *
 * @example
 * const rt = await loadRecognizers();
 * rt.recognize('地区生产总值完成282亿元，同比增长6%'); // [{ kind: 'currency', value: 28200000000, … }, { kind: 'percentage', value: 6, … }]
 */
export async function loadRecognizers(): Promise<Recognizers> {
  let loaded: unknown;
  try {
    loaded = await import('@microsoft/recognizers-text-suite');
  } catch (error) {
    throw new Error(`@microsoft/recognizers-text-suite is not installed (a devDependency): ${(error as Error).message}`);
  }
  // A CommonJS bundle: Node exposes its exports as named exports and also as `default`.
  const namespace = loaded as Partial<RecognizersSuite> & { default?: RecognizersSuite };
  const suite = (namespace.recognizeCurrency ? namespace : namespace.default) as RecognizersSuite;
  const culture = suite.Culture.Chinese;
  const models: readonly (readonly [RtKind, RecognizeFunction])[] = [
    ['currency', suite.recognizeCurrency],
    ['dimension', suite.recognizeDimension],
    ['percentage', suite.recognizePercentage],
  ];
  return {
    recognize: (sentence) => models.flatMap(([kind, fn]) => fn(sentence, culture).map((r) => toEntity(kind, r, 0))),
  };
}

/** A sentence and where it starts in the document. */
export interface Sentence {
  readonly start: number;
  readonly text: string;
}

/**
 * Splits on 。； and line breaks — Recognizers-Text's fastest way through a long text
 * (a whole document makes its currency model superlinear).
 *
 * @example
 * sentencesOf('完成282亿元；增长6%。\n下一段'); // [{ start: 0, text: '完成282亿元' }, { start: 8, text: '增长6%' }, { start: 14, text: '下一段' }]
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(/[^。；\n]+/g)) {
    if (match[0].trim().length > 0) out.push({ start: match.index, text: match[0] });
  }
  return out;
}

/**
 * Runs the recogniser over a document sentence by sentence; offsets are the document's.
 *
 * @example
 * recognizeDocument(rt, '一、概况\n完成282亿元。').map((e) => [e.start, e.text]); // [[7, '282亿元']]
 */
export function recognizeDocument(rt: Recognizers, text: string): RtEntity[] {
  return sentencesOf(text).flatMap((sentence) =>
    rt.recognize(sentence.text).map((e) => ({ ...e, start: e.start + sentence.start, end: e.end + sentence.start })),
  );
}
