import type { Qualifier } from '../../schema/document.js';
import type { QuantityKind } from '../types.js';

/**
 * The shapes of the examples that sit beside every rule row. Tests turn each row's
 * `examples` and `counterExamples` into `test.each` cases, so a row documents itself
 * and cannot drift from what the engine does.
 */

/**
 * Every number token `recognizeNumbers(text)` must return, in order, as `[text, value]`.
 * An empty list is a negative case: the text holds no number at all.
 *
 * @example
 * const c: NumeralCase = { text: '十四条措施', numbers: [['十四', 14]] };
 */
export interface NumeralCase {
  readonly text: string;
  readonly numbers: readonly (readonly [string, number])[];
}

/** What the one mention a {@link QuantityCase} is about must look like. */
export interface QuantityExpectation {
  /** The mention's whole range as text; defaults to the case text. */
  readonly mention?: string;
  readonly kind: QuantityKind;
  readonly value: number;
  readonly valueHigh?: number;
  readonly unitText: string | null;
  /** Defaults to null: a case without a qualifier asserts that none was found. */
  readonly qualifier?: Qualifier;
  /** `normalized.value`; null asserts `normalized === null`; omitted is not checked. */
  readonly normalized?: number | null;
  /** `normalized.unit`, when checked. */
  readonly base?: string;
}

/**
 * A text and the mention it must yield; `expect: null` is a negative case (no mention at all).
 *
 * @example
 * const c: QuantityCase = { text: '282亿元', expect: { kind: 'measure', value: 282, unitText: '亿元', normalized: 28200000000 } };
 */
export interface QuantityCase {
  readonly text: string;
  readonly expect: QuantityExpectation | null;
}
