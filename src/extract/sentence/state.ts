import type { Qualifier, UnclaimedReason } from '../../schema/document.js';
import type { QuantityMention, TextRange } from '../../quantity/types.js';
import type { Sentence } from '../../structure/types.js';
import type { sentenceTokens } from '../../segment/tokens.js';
import type { GrowthRole } from '../growth-role.js';
import type { IndicatorDraft } from '../indicators.js';

/** Everything the rules know about one value-bearing quantity inside its clause. */
export interface Slot {
  readonly q: QuantityMention;
  readonly clause: TextRange;
  /** Where the words that belong to this figure may start (after the figure before it, in the clause). */
  readonly gapStart: number;
  readonly role: GrowthRole | null;
}

export type DraftGrowth = NonNullable<IndicatorDraft['growth']>;

/**
 * The working state of one sentence while its slots are read left to right. The passes read
 * and update it; the engine in `indicators.ts` owns it.
 */
export interface SentenceState {
  readonly text: string;
  readonly sentence: Sentence;
  readonly slots: readonly Slot[];
  /** Index of the slot being read; a pass that consumes the slots after it moves it on. */
  i: number;
  readonly out: IndicatorDraft[];
  /** Index in `out` of this sentence's first draft. */
  readonly firstOfSentence: number;
  readonly tokensIn: ReturnType<typeof sentenceTokens>;
  readonly draft: (
    range: TextRange,
    ruleId: string,
    name: string | null,
    quantity: QuantityMention | null,
    growth: IndicatorDraft['growth'],
    qualifier: Qualifier,
  ) => IndicatorDraft;
  readonly unclaim: (q: QuantityMention, reason: UnclaimedReason, ruleId: string) => void;
  /** The last value item still waiting for its growth, the one before it, and its clause. */
  open: IndicatorDraft | null;
  beforeOpen: IndicatorDraft | null;
  openClause: TextRange | null;
  /** Items of a 分别 value list waiting for their growths, in order. */
  sharedList: IndicatorDraft[];
  /** 由X缩小至Y, 突破9万户，达到9.2万户: where the name of the next value is written. */
  pendingBase: { nameStart: number; nameEnd: number } | null;
  /** Figures of this sentence whose digits a wrong encoding damaged (unclaimed as `damaged`). */
  readonly damaged: TextRange[];
  /** 较1978年833.02万元: the base a growth after it is measured against (no item of its own). */
  comparisonBase: TextRange | null;
}

/** What the engine works out once per slot before the passes run. */
export interface SlotView {
  readonly slot: Slot;
  /** The last draft of this sentence that has a name (the subject a nameless clause carries on). */
  readonly lastNamed: IndicatorDraft | undefined;
  /** The first characters of the slot's clause. */
  readonly clauseHead: string;
  /** 分别 is written in the clause before the figure. */
  readonly fenbie: boolean;
  /** For a growth slot: the growth it states. */
  readonly growth: DraftGrowth | null;
}

/**
 * One rule of the sentence engine. The passes of a kind run in table order on each slot; the
 * first that returns true has consumed it. Each pass carries an example it handles and a
 * counter-example it must leave to a later pass, so a reader finds the rule for a phenomenon
 * in one place (and `test/extract/sentence-passes.test.ts` checks both).
 */
export interface SentencePass {
  readonly id: string;
  /** Growth slots (a figure with a growth role) or value slots. */
  readonly on: 'growth' | 'value';
  readonly example: string;
  /** Absent on the last pass of a kind, which takes every figure the others left. */
  readonly counterExample?: string;
  readonly apply: (state: SentenceState, view: SlotView) => boolean;
}

export function clauseOf(sentence: Sentence, at: number): TextRange {
  for (const c of sentence.clauses) if (at >= c.start && at < c.end) return c;
  return sentence.range;
}

/**
 * The last damaged figure of the sentence before `at`, when no item was made after it: what
 * follows it (its change, its growth) belonged to a figure nobody can read.
 */
export function damagedBefore(state: SentenceState, at: number): TextRange | null {
  const last = state.damaged.filter((d) => d.end <= at).at(-1);
  if (!last || state.out.slice(state.firstOfSentence).some((d) => d.range.start >= last.end)) return null;
  return last;
}

/** How many slots from `i` on, in the same clause, are growths (or values) in a row. */
export function countFenbie(slots: readonly Slot[], i: number, growth: boolean): number {
  const clauseStart = (slots[i] as Slot).clause.start;
  let n = 0;
  for (let k = i; k < slots.length; k++) {
    const s = slots[k] as Slot;
    if (s.clause.start !== clauseStart || (s.role !== null) !== growth) break;
    n++;
  }
  return n;
}
