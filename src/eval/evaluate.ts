import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Growth, Indicator, Qualifier, Span, Status, ZhibiaoDocument } from '../schema/document.js';
import type { GoldDocument, GoldIndicator } from '../schema/gold.js';
import { compareNames, type NameMatch } from './name-match.js';
import { sentenceAround } from './sentence-around.js';
import { nearlyEqual, quantityKey, sameQuantity, type QuantityKey } from './unit-key.js';

/** What can be scored against a gold file: an extractor's output, or another annotation pass. */
export type PredictedSide = ZhibiaoDocument | { readonly indicators: readonly GoldIndicator[] };

/** The fields scored on matched pairs (CONTRACT §4), in report order. */
export const EVAL_FIELDS = ['name', 'growth', 'qualifier', 'status', 'period', 'section'] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** One indicator of either side, reduced to what scoring looks at. */
export interface EvalItem {
  /** Position in its own list of indicators. */
  readonly index: number;
  readonly name: string | null;
  readonly value: number | null;
  readonly valueHigh: number | null;
  readonly unit: string | null;
  readonly growth: Growth;
  readonly qualifier: Qualifier;
  readonly status: Status;
  readonly period: string | null;
  readonly sectionId: string | null;
  readonly span: Span;
  readonly text: string;
  /** The predicted sentence, or the sentence around the span in the source; null when unknown. */
  readonly sentence: string | null;
  /** The rule that produced a predicted item; null for an annotation. */
  readonly ruleId: string | null;
  /** The annotator's note, if any. */
  readonly note: string | null;
}

export interface MatchedPair {
  readonly gold: EvalItem;
  readonly predicted: EvalItem;
  /** Characters the two spans share. */
  readonly overlap: number;
  /** How the names agreed, or null when they did not. */
  readonly nameMatch: NameMatch | null;
}

export interface FieldAgreement {
  readonly agree: number;
  readonly total: number;
  /** agree / total; null when nothing was matched. */
  readonly rate: number | null;
}

export interface FieldDisagreement {
  readonly field: EvalField;
  readonly gold: EvalItem;
  readonly predicted: EvalItem;
  readonly goldValue: string;
  readonly predictedValue: string;
}

export interface EvalResult {
  readonly document: string;
  readonly counts: { readonly gold: number; readonly predicted: number; readonly matched: number };
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly fields: Readonly<Record<EvalField, FieldAgreement>>;
  /** How many matched names agreed by each test (equal, contains, jaro-winkler). */
  readonly nameMatches: Readonly<Record<NameMatch, number>>;
  readonly matches: readonly MatchedPair[];
  /** Predicted items with no gold partner. */
  readonly falsePositives: readonly EvalItem[];
  /** Gold items with no predicted partner. */
  readonly misses: readonly EvalItem[];
  readonly disagreements: readonly FieldDisagreement[];
}

export interface EvaluateOptions {
  /** The annotated text; otherwise predicted `text`, otherwise `gold.source` read from disk. */
  readonly sourceText?: string;
  /** Directory `gold.source` is relative to (the repo root); defaults to the working directory. */
  readonly rootDir?: string;
}

/**
 * Scores predicted indicators against a gold file (CONTRACT §4): one-to-one matching on
 * quantity and span overlap, then agreement of every other field on the matched pairs.
 *
 * @example
 * const result = evaluate(extract(text, { id: gold.document }), gold, { sourceText: text });
 * result.f1            // 0.87
 * result.fields.status // { agree: 96, total: 100, rate: 0.96 }
 */
export function evaluate(predicted: PredictedSide, gold: GoldDocument, options: EvaluateOptions = {}): EvalResult {
  const source = options.sourceText ?? ('text' in predicted ? predicted.text : undefined) ?? readSource(gold, options);
  const goldItems = gold.indicators.map((ind, i) => toItem(ind, i, source));
  const predictedIndicators: readonly (Indicator | GoldIndicator)[] = predicted.indicators;
  const predItems = predictedIndicators.map((ind, i) => toItem(ind, i, source));

  const pairs = matchItems(predItems, goldItems);
  const matches: MatchedPair[] = pairs.map(([p, g, overlap]) => ({
    gold: g,
    predicted: p,
    overlap,
    nameMatch: compareNames(g.name, p.name),
  }));
  const matchedPred = new Set(matches.map((m) => m.predicted.index));
  const matchedGold = new Set(matches.map((m) => m.gold.index));

  const disagreements: FieldDisagreement[] = [];
  const fields = {} as Record<EvalField, FieldAgreement>;
  for (const field of EVAL_FIELDS) {
    let agree = 0;
    for (const m of matches) {
      if (fieldAgrees(field, m)) agree += 1;
      else {
        disagreements.push({
          field,
          gold: m.gold,
          predicted: m.predicted,
          goldValue: fieldValue(field, m.gold),
          predictedValue: fieldValue(field, m.predicted),
        });
      }
    }
    fields[field] = { agree, total: matches.length, rate: matches.length === 0 ? null : agree / matches.length };
  }

  const nameMatches: Record<NameMatch, number> = { equal: 0, contains: 0, 'jaro-winkler': 0 };
  for (const m of matches) if (m.nameMatch !== null) nameMatches[m.nameMatch] += 1;

  const { precision, recall, f1 } = scores(matches.length, predItems.length, goldItems.length);
  return {
    document: gold.document,
    counts: { gold: goldItems.length, predicted: predItems.length, matched: matches.length },
    precision,
    recall,
    f1,
    fields,
    nameMatches,
    matches,
    falsePositives: predItems.filter((p) => !matchedPred.has(p.index)),
    misses: goldItems.filter((g) => !matchedGold.has(g.index)),
    disagreements,
  };
}

/**
 * Precision, recall and F1 of a match count. An empty side scores 0, except that an empty
 * prediction against an empty gold is perfect (there was nothing to find).
 *
 * @example
 * scores(8, 10, 16) // { precision: 0.8, recall: 0.5, f1: 0.615… }
 */
export function scores(matched: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  if (predicted === 0 && gold === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function readSource(gold: GoldDocument, options: EvaluateOptions): string | undefined {
  try {
    return readFileSync(resolve(options.rootDir ?? process.cwd(), gold.source), 'utf8');
  } catch {
    // Without the text the report only loses the sentences around misses; scoring is unchanged.
    return undefined;
  }
}

function toItem(ind: Indicator | GoldIndicator, index: number, source: string | undefined): EvalItem {
  const predictedSentence = 'sentence' in ind ? ind.sentence : undefined;
  return {
    index,
    name: ind.name,
    value: ind.value,
    valueHigh: ind.valueHigh ?? null,
    unit: ind.unit,
    growth: ind.growth,
    qualifier: ind.qualifier,
    status: ind.status,
    period: ind.period,
    sectionId: ind.sectionId,
    span: ind.span,
    text: ind.text,
    sentence: predictedSentence ?? (source === undefined ? null : sentenceAround(source, ind.span)),
    ruleId: 'ruleId' in ind ? ind.ruleId : null,
    note: 'note' in ind ? (ind.note ?? null) : null,
  };
}

/** What a predicted item must equal to match a gold one: its value, else its growth. */
type MatchKey =
  | { readonly kind: 'value'; readonly quantity: QuantityKey }
  | { readonly kind: 'growth'; readonly value: number; readonly unit: string }
  | { readonly kind: 'none' };

function goldKey(item: EvalItem): MatchKey {
  if (item.value !== null) {
    return { kind: 'value', quantity: quantityKey(item.value, item.valueHigh ?? undefined, item.unit) };
  }
  if (item.growth !== null) return { kind: 'growth', value: item.growth.value, unit: item.growth.unit };
  return { kind: 'none' };
}

function fitsKey(item: EvalItem, key: MatchKey): boolean {
  switch (key.kind) {
    case 'value':
      return item.value !== null && sameQuantity(quantityKey(item.value, item.valueHigh ?? undefined, item.unit), key.quantity);
    case 'growth':
      return item.growth !== null && item.growth.unit === key.unit && nearlyEqual(item.growth.value, key.value);
    case 'none':
      return item.value === null && item.growth === null;
  }
}

function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching: every (predicted, gold) pair with the same key and overlapping
 * spans is a candidate; the largest overlap is taken first, ties by the earliest gold then
 * the earliest predicted span, so the result does not depend on list order.
 */
function matchItems(pred: readonly EvalItem[], gold: readonly EvalItem[]): [EvalItem, EvalItem, number][] {
  const candidates: [EvalItem, EvalItem, number][] = [];
  for (const g of gold) {
    const key = goldKey(g);
    for (const p of pred) {
      const overlap = overlapOf(p.span, g.span);
      if (overlap > 0 && fitsKey(p, key)) candidates.push([p, g, overlap]);
    }
  }
  candidates.sort(
    ([p1, g1, o1], [p2, g2, o2]) =>
      o2 - o1 || g1.span.start - g2.span.start || p1.span.start - p2.span.start || g1.index - g2.index || p1.index - p2.index,
  );
  const usedPred = new Set<number>();
  const usedGold = new Set<number>();
  const taken: [EvalItem, EvalItem, number][] = [];
  for (const c of candidates) {
    const [p, g] = c;
    if (usedPred.has(p.index) || usedGold.has(g.index)) continue;
    usedPred.add(p.index);
    usedGold.add(g.index);
    taken.push(c);
  }
  return taken.sort(([, a], [, b]) => a.span.start - b.span.start || a.index - b.index);
}

function growthAgrees(a: Growth, b: Growth): boolean {
  if (a === null || b === null) return a === b;
  return a.unit === b.unit && a.basis === b.basis && nearlyEqual(a.value, b.value);
}

function fieldAgrees(field: EvalField, m: MatchedPair): boolean {
  const { gold: g, predicted: p } = m;
  switch (field) {
    case 'name':
      return m.nameMatch !== null;
    case 'growth':
      return growthAgrees(g.growth, p.growth);
    case 'qualifier':
      return g.qualifier === p.qualifier;
    case 'status':
      return g.status === p.status;
    case 'period':
      return g.period === p.period;
    case 'section':
      return g.sectionId === p.sectionId;
  }
}

/**
 * A field's value as the report prints it.
 *
 * @example
 * fieldValue('growth', item)  // '+6 % yoy'
 * fieldValue('period', item)  // '2023'
 */
export function fieldValue(field: EvalField, item: EvalItem): string {
  switch (field) {
    case 'name':
      return item.name ?? 'null';
    case 'growth':
      return formatGrowth(item.growth);
    case 'qualifier':
      return item.qualifier ?? 'null';
    case 'status':
      return item.status;
    case 'period':
      return item.period ?? 'null';
    case 'section':
      return item.sectionId ?? 'null';
  }
}

/**
 * A growth as `+6 % yoy`, `-2.3 %`, `+31 位次`; `null` when there is none.
 *
 * @example
 * formatGrowth({ value: 6, unit: '%', basis: 'yoy', text: '同比增长6%' }) // '+6 % yoy'
 */
export function formatGrowth(growth: Growth): string {
  if (growth === null) return 'null';
  const sign = growth.value >= 0 ? '+' : '';
  return `${sign}${growth.value} ${growth.unit}${growth.basis === null ? '' : ` ${growth.basis}`}`;
}

/**
 * An item's quantity as `282 亿元`, `3–5 万元`, `4.15`, with its growth after a semicolon.
 *
 * @example
 * formatQuantity(item) // '282 亿元; +6 % yoy'
 */
export function formatQuantity(item: EvalItem): string {
  const parts: string[] = [];
  if (item.value !== null) {
    const range = item.valueHigh === null ? `${item.value}` : `${item.value}–${item.valueHigh}`;
    parts.push(item.unit === null ? range : `${range} ${item.unit}`);
  }
  if (item.growth !== null) parts.push(formatGrowth(item.growth));
  if (item.qualifier !== null) parts.push(item.qualifier);
  return parts.length === 0 ? '(no quantity)' : parts.join('; ');
}
