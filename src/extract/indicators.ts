import type { Qualifier, Status, UnclaimedReason } from '../schema/document.js';
import type { QuantityMention, TextRange } from '../quantity/types.js';
import type { DocumentStructure, SectionNode, Sentence } from '../structure/types.js';
import { sentenceTokens } from '../segment/tokens.js';
import { excludeNumber, isHeadingOrdinal } from './exclude.js';
import { growthRole, growthUnit, type GrowthRole, type GrowthUnit } from './growth-role.js';
import { GROWTH_PASSES } from './sentence/growth-passes.js';
import { clauseOf, type DraftGrowth, type SentencePass, type SentenceState, type Slot, type SlotView } from './sentence/state.js';
import { VALUE_PASSES } from './sentence/value-passes.js';
import { LIST_JOINER, NAME_WINDOW_AFTER, NAME_WINDOW_BEFORE } from './rules/patterns.js';
import { leadingYears, subPeriodAt, yearsIn, type YearMention } from './rules/period-years.js';
import { PLANNED_AMOUNT_NAME, periodOf, sectionYearAndPart, statusAt, statusCues } from './status-period.js';


/** An indicator before it is mapped back to the source (ranges in the normalised text). */
export interface IndicatorDraft {
  name: string | null;
  quantity: QuantityMention | null;
  growth: {
    quantity: QuantityMention;
    role: GrowthRole;
    value: number;
    unit: GrowthUnit;
    range: TextRange;
  } | null;
  qualifier: Qualifier;
  status: Status;
  period: string | null;
  sectionId: string | null;
  sentence: TextRange;
  range: TextRange;
  ruleId: string;
  /** The part of the year (Q1, H1, M1-M2) a leading 一季度 / 上半年 / 1-2月 gives (extension). */
  subPeriod: string | null;
}

export interface UnclaimedDraft {
  readonly range: TextRange;
  readonly reason: UnclaimedReason;
  readonly ruleId: string;
}

export interface IndicatorInput {
  readonly text: string;
  readonly structure: DocumentStructure;
  readonly quantities: readonly QuantityMention[];
  readonly reportYear: number | null;
  /** Called with the id of each sentence pass that consumes a figure (tests, debugging). */
  readonly onPass?: ((passId: string) => void) | undefined;
}

/**
 * Turns quantity mentions into indicators, clause by clause (CONTRACT §3): a value and the
 * growth that follows it in the same or the next clause are one indicator; a growth alone
 * is an indicator with no value; names come from the jieba words around the figure; numbers
 * that are dates, ordinals, names, slogans or grades are returned as unclaimed.
 */
export function extractIndicators(input: IndicatorInput): { indicators: IndicatorDraft[]; unclaimed: UnclaimedDraft[] } {
  const { text, structure, quantities } = input;
  const sections = new Map(structure.sections.map((s) => [s.id, s]));
  const ordinalRanges = structure.sections.map((s) => ({
    start: s.headingRange.start,
    end: s.headingRange.start + s.ordinal.length + 2,
  }));
  const indicators: IndicatorDraft[] = [];
  const unclaimed: UnclaimedDraft[] = [];
  const unclaim = (q: QuantityMention, reason: UnclaimedReason, ruleId: string): void => {
    for (const n of q.numbers) unclaimed.push({ range: n.range, reason, ruleId });
  };

  let qi = 0;
  let runningYear: number | null = null; // the year that led an earlier sentence (rules/period-years.ts)
  let runningSubPeriod: string | null = null; // the 一季度 / 1-2月 that led an earlier sentence
  for (const sentence of structure.sentences) {
    const years = yearsIn(text, sentence.range.start, sentence.range.end);
    const inSentence: QuantityMention[] = [];
    while (qi < quantities.length && (quantities[qi] as QuantityMention).range.start < sentence.range.end) {
      const q = quantities[qi] as QuantityMention;
      qi++;
      if (q.range.start < sentence.range.start) {
        unclaim(q, 'unknown', 'outside-sentence');
        continue;
      }
      inSentence.push(q);
    }
    const starts = [sentence.range.start, ...sentence.clauses.map((c) => c.start)];
    const subPeriods = starts.flatMap((at) => {
      const label = subPeriodAt(text, at);
      return label === null ? [] : [{ at, label }];
    });
    const leads = leadingYears(text, years, starts);
    // a sentence led by a year with no part of the year after it is a whole-year statement
    if (leads.length > 0 && subPeriods.length === 0) runningSubPeriod = null;
    const period = { years, runningYear, subPeriods, runningSubPeriod };
    if (leads.length > 0) runningYear = (leads[leads.length - 1] as YearMention).year;
    // only a part of the year that leads the sentence holds for the sentences after it
    const sentenceLead = subPeriods.find((p) => p.at === sentence.range.start);
    if (sentenceLead) runningSubPeriod = sentenceLead.label;
    if (inSentence.length === 0) continue;
    const values: QuantityMention[] = [];
    const damaged: TextRange[] = [];
    for (const q of inSentence) {
      if (q.kind === 'date') {
        unclaim(q, 'date', q.ruleId);
        continue;
      }
      const first = q.numbers[0];
      if (first && isHeadingOrdinal(first.range, ordinalRanges)) {
        unclaim(q, 'ordinal', 'exclude-heading-ordinal');
        continue;
      }
      const excluded = first ? excludeNumber(text, first) : null;
      if (excluded) {
        unclaim(q, excluded.reason, excluded.ruleId);
        if (excluded.reason === 'damaged') damaged.push(q.range);
        continue;
      }
      values.push(q);
    }
    if (values.length > 0) extractSentence(input, sentence, values, sections, { ...period, damaged }, indicators, unclaim);
  }
  while (qi < quantities.length) {
    const q = quantities[qi++] as QuantityMention;
    unclaim(q, q.kind === 'date' ? 'date' : 'unknown', 'outside-sentence');
  }
  return { indicators, unclaimed };
}

/** The passes tried on each figure of a sentence, growths and values apart, in order. */
export const SENTENCE_PASSES: readonly SentencePass[] = [...GROWTH_PASSES, ...VALUE_PASSES];

/**
 * Reads one sentence's figures left to right. Each figure becomes a slot (its clause, where its
 * words may start, its growth role); the passes of its kind (`sentence/growth-passes.ts`,
 * `sentence/value-passes.ts`) are tried in order until one consumes it.
 */
function extractSentence(
  input: IndicatorInput,
  sentence: Sentence,
  values: readonly QuantityMention[],
  sections: Map<string, SectionNode>,
  period: {
    readonly years: readonly YearMention[];
    readonly runningYear: number | null;
    readonly subPeriods: readonly { readonly at: number; readonly label: string }[];
    readonly runningSubPeriod: string | null;
    readonly damaged: readonly TextRange[];
  },
  out: IndicatorDraft[],
  unclaim: (q: QuantityMention, reason: UnclaimedReason, ruleId: string) => void,
): void {
  const { text } = input;
  const sentenceText = text.slice(sentence.range.start, sentence.range.end);
  const { year, part } = sectionYearAndPart(sections, sentence.sectionId);
  const periodAt = (at: number): string | null => periodOf(period.years, at, year, part, input.reportYear, period.runningYear);
  const subPeriodOf = (at: number): string | null => {
    let label = period.runningSubPeriod;
    for (const s of period.subPeriods) if (s.at <= at) label = s.label;
    return label;
  };
  // one segmentation per sentence, with the figures blanked so no word runs across one
  const tokensIn = sentenceTokens(
    text,
    sentence.range,
    values.map((v) => v.range),
    // names never cross a clause boundary, so neither do the windows
    values.map((v) => {
      const c = nameClauseOf(text, sentence, v.range.start);
      return { start: Math.max(c.start, v.range.start - NAME_WINDOW_BEFORE), end: Math.min(c.end, v.range.end + NAME_WINDOW_AFTER) };
    }),
  );
  const slots = slotsOf(text, sentence, values);
  const cues = statusCues(sentenceText);
  const state: SentenceState = {
    text,
    sentence,
    slots,
    i: 0,
    out,
    firstOfSentence: out.length,
    tokensIn,
    // every draft is made here, as one literal with the fields in one order: one object shape
    // keeps the rules' reads of drafts monomorphic (spreading a partial draft did not)
    draft: (range, ruleId, name, quantity, growth, qualifier) => ({
      name,
      quantity,
      growth,
      qualifier,
      // a cue counts when it stands before the figure (收入预计完成39.1亿元), not only before the name
      status: statusAt(cues, (quantity ?? growth?.quantity)?.range.start ?? range.start, sentence.range.start, part),
      period: periodAt(range.start),
      sectionId: sentence.sectionId,
      sentence: sentence.range,
      range,
      ruleId,
      subPeriod: subPeriodOf(range.start),
    }),
    unclaim,
    open: null,
    beforeOpen: null,
    openClause: null,
    sharedList: [],
    pendingBase: null,
    damaged: [...period.damaged],
    comparisonBase: null,
  };
  const firstDraft = out.length;
  for (; state.i < slots.length; state.i++) {
    const view = viewOf(state, state.slots[state.i] as Slot);
    const passes = view.growth ? GROWTH_PASSES : VALUE_PASSES;
    for (const pass of passes) {
      if (!pass.apply(state, view)) continue;
      input.onPass?.(pass.id);
      break;
    }
  }
  for (let k = firstDraft; k < out.length; k++) {
    const d = out[k] as IndicatorDraft;
    if (d.name && d.quantity?.unit?.dimension === 'currency' && PLANNED_AMOUNT_NAME.test(d.name)) d.status = 'target';
  }
}

/**
 * The clause whose words may name a figure: its own, and the one before when its own opens
 * with 由 (城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1 — the measure is told first).
 */
function nameClauseOf(text: string, sentence: Sentence, at: number): TextRange {
  const c = clauseOf(sentence, at);
  if (text[c.start] !== '由') return c;
  const before = sentence.clauses.filter((k) => k.end <= c.start).at(-1);
  return before ? { start: before.start, end: c.end } : c;
}

/** The figures of a sentence with their clause, where their words start and their growth role. */
function slotsOf(text: string, sentence: Sentence, values: readonly QuantityMention[]): Slot[] {
  const slots: Slot[] = [];
  let prevEnd = sentence.range.start;
  let prevClause: TextRange | null = null;
  for (const q of values) {
    const clause = clauseOf(sentence, q.range.start);
    const gapStart = prevClause && prevClause.start === clause.start ? Math.max(prevEnd, clause.start) : clause.start;
    let role = growthRole(text, gapStart, q);
    const prevSlot = slots[slots.length - 1];
    // 分别增长5.1%和6.7%: a figure joined to a growth by 和/、 is a growth of the same kind
    if (!role && prevSlot?.role && prevSlot.q.kind === q.kind && LIST_JOINER.test(text.slice(prevSlot.q.range.end, q.range.start))) {
      role = { ...prevSlot.role, phraseStart: q.range.start, cueStart: q.range.start, cueEnd: q.range.start };
    }
    slots.push({ q, clause, gapStart, role });
    prevEnd = q.range.end;
    prevClause = clause;
  }
  return slots;
}

function viewOf(state: SentenceState, slot: Slot): SlotView {
  const { text, out } = state;
  let lastNamed: IndicatorDraft | undefined;
  for (let k = out.length - 1; k >= state.firstOfSentence; k--) if (out[k]?.name) { lastNamed = out[k]; break; }
  const { q, clause, role } = slot;
  const growth: DraftGrowth | null = role
    ? { quantity: q, role, value: role.sign === -1 ? -Math.abs(q.value) : q.value, unit: growthUnit(q), range: { start: role.phraseStart, end: q.range.end } }
    : null;
  return {
    slot,
    lastNamed,
    clauseHead: text.slice(clause.start, Math.min(clause.end, clause.start + 4)),
    fenbie: text.slice(clause.start, q.range.start).includes('分别'),
    growth,
  };
}
