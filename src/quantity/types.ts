import type { Dimension, Qualifier } from '../schema/document.js';

/**
 * Internal range in the NORMALIZED text (see src/normalize). The pipeline maps every
 * internal range back to the original source before output.
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A numeral as written: Arabic, Chinese, or mixed (1.2万). */
export interface NumberToken {
  readonly range: TextRange;
  readonly text: string;
  /** Resolved value; NaN when the characters are numerals but do not form a valid number (十四五). */
  readonly value: number;
  readonly script: 'arabic' | 'chinese' | 'mixed';
  readonly ruleId: string;
}

/** A row of the unit table (src/quantity/rules/units.ts). */
export interface UnitInfo {
  /** Unit as written without multiplier: 元, 平方米, 亩, 个, mg/l, % */
  readonly id: string;
  readonly dimension: Dimension;
  /** Base unit of the dimension: CNY, m2, m, kg, m3, kWh, kW, mg/L, count, %, rank, index */
  readonly base: string;
  /** Factor from this unit to the base unit (公里 → 1000). */
  readonly factor: number;
}

export type QuantityKind =
  | 'measure' // a number with a unit or measure word: 282亿元, 286户, 6690.8亩
  | 'percent' // 6%, 百分之五
  | 'pp' // 3.5个百分点
  | 'rank' // 31个位次
  | 'multiple' // 1.5倍
  | 'bare' // a number with no unit: 4.15 in 综合指数达到4.15
  | 'date'; // 2023年, 1月9日, 2023年度

/**
 * Optional fields are always written, undefined when absent, and never spread into the middle
 * of an object literal (V8 builds such a literal on a slow generic path): every mention has
 * one object shape.
 */
export interface QuantityMention {
  /** Whole mention: leading qualifier + number (+ range high end) + unit + trailing qualifier. */
  readonly range: TextRange;
  /** The number part only (for a range, from low to high end). */
  readonly numberRange: TextRange;
  readonly value: number;
  readonly valueHigh?: number | undefined;
  /** Unit as written, multiplier included: 亿元, 万平方米, %, 个百分点, 个位次; null for bare/date. */
  readonly unitText: string | null;
  readonly unit: UnitInfo | null;
  /** 万 → 1e4, 亿 → 1e8, 千 → 1e3 when the multiplier sits in the unit (亿元), else 1. */
  readonly multiplier: number;
  /** value × multiplier × unit.factor, in the unit's base; null for bare/date. */
  readonly normalized: {
    readonly value: number;
    readonly valueHigh?: number | undefined;
    readonly unit: string;
    readonly dimension: Dimension;
    readonly squareMetres?: number | undefined;
  } | null;
  readonly kind: QuantityKind;
  readonly qualifier: Qualifier;
  readonly qualifierRange?: TextRange | undefined;
  /** The number tokens this mention consumed (one, or two for a range). */
  readonly numbers: readonly NumberToken[];
  readonly ruleId: string;
}
