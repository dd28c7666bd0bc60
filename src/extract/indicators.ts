import type { Qualifier, Status, UnclaimedReason } from '../schema/document.js';
import type { QuantityMention, TextRange } from '../quantity/types.js';
import type { DocumentStructure, SectionNode, Sentence } from '../structure/types.js';
import { sentenceTokens } from '../segment/tokens.js';
import { excludeNumber, isHeadingOrdinal } from './exclude.js';
import { growthRole, growthUnit, type GrowthRole } from './growth-role.js';
import { cleanName, nameAfter, nameBefore, type FoundName } from './names.js';
import { AREA_COMPARISON_CUES, CONTINUATION_OPENERS, YOY_CUES } from './rules/cues.js';
import { fenbieNames, isOnlyCueWords, lastListBreak, phraseAfter } from './lists.js';
import {
  AREA_WORD, BARE_NAME, BASE_AFTER, BASE_BEFORE, EVERY_MEMBER, GENERIC_RATE, GOAL_AFTER, INCREASE_WORD, LIST_JOINER,
  MILESTONE_LINK, NAME_WINDOW_AFTER, NAME_WINDOW_BEFORE, PER_UNIT, RANKED_IN, RATE_NAME, STATE_ONLY, THRESHOLD_LINK, TRAILING_WORDS,
} from './rules/patterns.js';
import { periodOf, sectionYearAndPart, statusAt, statusCues } from './status-period.js';


/** An indicator before it is mapped back to the source (ranges in the normalised text). */
export interface IndicatorDraft {
  name: string | null;
  quantity: QuantityMention | null;
  growth: {
    quantity: QuantityMention;
    role: GrowthRole;
    value: number;
    unit: '%' | 'pp' | '位次' | '倍';
    range: TextRange;
  } | null;
  qualifier: Qualifier;
  status: Status;
  period: string | null;
  sectionId: string | null;
  sentence: TextRange;
  range: TextRange;
  ruleId: string;
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
}

/** 在全市营商环境评价中由第7位上升至第3位，前进4个位次: the ranking the places moved in. */
function rankedMeasure(before: string, unit: string): string | null {
  if (unit !== '位次') return null;
  const ranked = RANKED_IN.exec(before);
  const name = ranked?.[1] ? cleanName(ranked[1]).name : '';
  return name.length > 0 ? name : null;
}

/** Everything the rules know about one value-bearing quantity inside its clause. */
interface Slot {
  q: QuantityMention;
  clause: TextRange;
  gapStart: number;
  role: GrowthRole | null;
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
  for (const sentence of structure.sentences) {
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
    if (inSentence.length === 0) continue;
    const values: QuantityMention[] = [];
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
        continue;
      }
      values.push(q);
    }
    if (values.length > 0) extractSentence(input, sentence, values, sections, indicators, unclaim);
  }
  while (qi < quantities.length) {
    const q = quantities[qi++] as QuantityMention;
    unclaim(q, q.kind === 'date' ? 'date' : 'unknown', 'outside-sentence');
  }
  return { indicators, unclaimed };
}

function clauseOf(sentence: Sentence, at: number): TextRange {
  for (const c of sentence.clauses) if (at >= c.start && at < c.end) return c;
  return sentence.range;
}

function extractSentence(
  input: IndicatorInput,
  sentence: Sentence,
  values: readonly QuantityMention[],
  sections: Map<string, SectionNode>,
  out: IndicatorDraft[],
  unclaim: (q: QuantityMention, reason: UnclaimedReason, ruleId: string) => void,
): void {
  const { text } = input;
  const sentenceText = text.slice(sentence.range.start, sentence.range.end);
  const { year, part } = sectionYearAndPart(sections, sentence.sectionId);
  const period = periodOf(sentenceText, year, part, input.reportYear);
  // one segmentation per sentence, with the figures blanked so no word runs across one
  const tokensIn = sentenceTokens(
    text,
    sentence.range,
    values.map((v) => v.range),
    // names never cross a clause boundary, so neither do the windows
    values.map((v) => {
      const c = clauseOf(sentence, v.range.start);
      return { start: Math.max(c.start, v.range.start - NAME_WINDOW_BEFORE), end: Math.min(c.end, v.range.end + NAME_WINDOW_AFTER) };
    }),
  );

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

  const cues = statusCues(sentenceText);
  // every draft is made here, as one literal with the fields in one order: one object shape
  // keeps the rules' reads of drafts monomorphic (spreading a partial draft did not)
  const draft = (
    range: TextRange,
    ruleId: string,
    name: string | null,
    quantity: QuantityMention | null,
    growth: IndicatorDraft['growth'],
    qualifier: Qualifier,
  ): IndicatorDraft => ({
    name,
    quantity,
    growth,
    qualifier,
    status: statusAt(cues, range.start - sentence.range.start, part),
    period,
    sectionId: sentence.sectionId,
    sentence: sentence.range,
    range,
    ruleId,
  });

  const firstOfSentence = out.length;
  let open: IndicatorDraft | null = null; // the last value item still waiting for its growth
  let beforeOpen: IndicatorDraft | null = null; // the value item before it
  let openClause: TextRange | null = null;
  let sharedList: IndicatorDraft[] = []; // items of a 分别 value list waiting for their growths
  let pendingBase: { nameStart: number; nameEnd: number } | null = null; // 由X缩小至Y: where the name of Y is
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const { q, clause, gapStart, role } = slot;
    let lastNamed: IndicatorDraft | undefined;
    for (let k = out.length - 1; k >= firstOfSentence; k--) if (out[k]?.name) { lastNamed = out[k]; break; }
    const clauseHead = text.slice(clause.start, Math.min(clause.end, clause.start + 4));
    const fenbie = text.slice(clause.start, q.range.start).includes('分别');

    if (role) {
      const value = role.sign === -1 ? -Math.abs(q.value) : q.value;
      const growth = { quantity: q, role, value, unit: growthUnit(q), range: { start: role.phraseStart, end: q.range.end } };
      // 分别增长x和y after a 分别 value list: the i-th growth goes to the i-th value
      const fenbieAt = fenbie ? text.lastIndexOf('分别', q.range.start) : -1;
      // …分别拉动经济增长0.5、2.6… names a new measure: separate items, not the values' growth
      const ownMeasure = fenbie && !isOnlyCueWords(text.slice(fenbieAt + 2, role.phraseStart).split(/[0-9０-９]/)[0] ?? '', 0);
      // A 45860元、B 23150元，分别增长4.6%和6.7%: the values before, in order, take the growths
      if (fenbie && sharedList.length === 0 && !ownMeasure) {
        const count = countFenbie(slots, i, true);
        const waiting = out.slice(firstOfSentence).filter((d) => d.quantity !== null && d.growth === null && d.range.end <= q.range.start);
        if (count > 1 && waiting.length >= count) sharedList = waiting.slice(waiting.length - count);
      }
      if (fenbie && sharedList.length > 0 && !ownMeasure) {
        const target = sharedList.shift() as IndicatorDraft;
        target.growth = growth;
        target.range = { start: target.range.start, end: Math.max(target.range.end, q.range.end) };
        target.ruleId = 'shared-list-growth';
        continue;
      }
      const continues =
        open !== null &&
        open.growth === null &&
        // 满意度达到98.3%，…比上年前移3位: a rank change is an item of its own
        !(growth.unit === '位次' && open.quantity?.kind !== 'rank') &&
        ((openClause !== null && openClause.start === clause.start && isOnlyCueWords(text.slice(open.range.end, role.phraseStart))) ||
          (openClause !== null && openClause.start !== clause.start &&
            isOnlyCueWords(text.slice(clause.start, role.phraseStart), 0) &&
            CONTINUATION_OPENERS.some((c) => clauseHead.startsWith(c) || text.startsWith(c, role.phraseStart))));
      // 1268万人次，恢复到2019年同期的112%，同比增长46.7%: a share between a value and its
      // growth does not take the growth; the value before it does
      if (continues && open?.quantity?.kind === 'percent' && beforeOpen && beforeOpen.growth === null &&
          /的$/.test(text.slice(beforeOpen.range.end, open.quantity.range.start))) {
        open = beforeOpen;
      }
      if (continues && open) {
        // 比上年增加0.72万吨，增长2.1%: the 比上年 of the clause before governs the growth too
        if (growth.role.basis === null && YOY_CUES.some((c) => text.slice(open?.range.end ?? 0, role.phraseStart).includes(c))) {
          growth.role = { ...growth.role, basis: 'yoy' };
        }
        open.growth = growth;
        open.range = { start: open.range.start, end: q.range.end };
        open.ruleId = 'value-then-growth';
        open = null;
        continue;
      }
      const nameEnd = role.phraseStart;
      let found = nameBefore(text, tokensIn(gapStart, nameEnd));
      if (!found && role.cueEnd < q.range.start) found = nameAfter(text, tokensIn(role.cueEnd, q.range.start));
      const count = countFenbie(slots, i, true);
      let names = fenbie && count > 1 ? fenbieNames(text, clause, gapStart, q.range.start, count, found) : null;
      if (ownMeasure && fenbieAt >= clause.start && fenbieAt + 2 < q.range.start) {
        const measure = cleanName(text.slice(fenbieAt + 2, q.range.start).split(/[0-9０-９]/)[0] ?? '').name;
        if (measure.length > 0) names = Array.from({ length: count }, () => measure);
      }
      // 高于全市1.4个百分点 compares the measure named before it (docs/annotation.md §3)
      const comparedName =
        AREA_COMPARISON_CUES.includes(role.cue) && (!found || AREA_WORD.test(found.name) || GENERIC_RATE.test(found.name))
          ? lastNamed?.name ?? found?.name
          : undefined;
      out.push(draft(
        { start: Math.min(found?.start ?? role.phraseStart, role.phraseStart), end: q.range.end },
        'growth-only',
        names?.[0] ?? comparedName ?? found?.name ?? lastNamed?.name ?? rankedMeasure(text.slice(sentence.range.start, q.range.start), growth.unit),
        null,
        growth,
        q.qualifier,
      ));
      if (names) {
        for (let k = 1; k < names.length && i + 1 < slots.length; k++) {
          const next = slots[i + 1] as Slot;
          if (!next.role) break;
          i++;
          const v = next.role.sign === -1 ? -Math.abs(next.q.value) : next.q.value;
          const nextGrowth = { quantity: next.q, role: next.role, value: v, unit: growthUnit(next.q), range: next.q.range };
          out.push(draft(next.q.range, 'shared-name-growth', names[k] ?? null, null, nextGrowth, next.q.qualifier));
        }
      }
      open = null;
      continue;
    }

    // 由上年的1.83缩小至1.81: the earlier level is part of the item of the level reached
    if (BASE_BEFORE.test(text.slice(gapStart, q.range.start)) && BASE_AFTER.test(text.slice(q.range.end, (slots[i + 1]?.q.range.start ?? q.range.end)))) {
      const by = text.lastIndexOf('由', q.range.start);
      pendingBase = { nameStart: gapStart, nameEnd: by };
      continue;
    }

    // 总数突破9万户，达到9.2万户: the milestone restates the exact value after it (one item)
    const next = slots[i + 1];
    if (next && !next.role && next.q.unitText === q.unitText && q.qualifier === 'more_than' &&
        MILESTONE_LINK.test(text.slice(q.range.end, next.q.range.start))) {
      pendingBase = { nameStart: gapStart, nameEnd: q.range.start };
      continue;
    }

    // a threshold inside the category a count is of: 92个村集体经济收入达到50万元
    if (open && openClause?.start === clause.start && open.ruleId === 'count-then-name' && open.name &&
        !EVERY_MEMBER.test(text.slice(open.range.start, q.range.start)) &&
        THRESHOLD_LINK.test(text.slice(open.range.end, q.range.start))) {
      open.name = `${open.name}${text.slice(open.range.end, q.range.end)}`;
      open.range = { start: open.range.start, end: q.range.end };
      open.ruleId = 'count-of-category';
      continue;
    }

    // 10%~12%的增长目标: the goal is named after the figure, and is a target
    const goal = GOAL_AFTER.exec(text.slice(q.range.end, clause.end));
    if (goal?.[1]) {
      const goalDraft = draft({ start: q.range.start, end: q.range.end + goal[0].length }, 'value-then-goal', goal[1], q, null, q.qualifier);
      goalDraft.status = 'target';
      out.push(goalDraft);
      continue;
    }

    // a value
    const afterEnd = i + 1 < slots.length ? Math.min((slots[i + 1] as Slot).q.range.start, clause.end) : clause.end;
    let found: FoundName | null = null;
    let ruleId = 'value';
    const isCount = q.unit?.dimension === 'count';
    const listStart = Math.max(gapStart, lastListBreak(text, gapStart, q.range.start));
    // 将1286户3742人纳入…: counts written back to back share the words after the last of them
    let runEnd = i;
    while (runEnd + 1 < slots.length && (slots[runEnd + 1] as Slot).q.range.start === (slots[runEnd] as Slot).q.range.end &&
      (slots[runEnd + 1] as Slot).q.unit?.dimension === 'count') runEnd++;
    const nameAfterStart = (slots[runEnd] as Slot).q.range.end;
    const nameAfterEnd = runEnd + 1 < slots.length ? Math.min((slots[runEnd + 1] as Slot).q.range.start, clause.end) : clause.end;
    if (isCount) {
      found = nameAfter(text, tokensIn(nameAfterStart, nameAfterEnd));
      if (found) ruleId = 'count-then-name';
    }
    // 每平方米5800元: the per-unit words belong with the unit, the name is before them
    const perUnit = PER_UNIT.exec(text.slice(listStart, q.range.start));
    const nameEnd = q.range.start - (perUnit?.[0].length ?? 0);
    if (pendingBase) {
      found = nameBefore(text, tokensIn(pendingBase.nameStart, pendingBase.nameEnd));
      if (found) ruleId = 'level-from-base';
      pendingBase = null;
    }
    if (!found) found = nameBefore(text, tokensIn(listStart, nameEnd));
    if (!found && listStart > gapStart) found = nameBefore(text, tokensIn(gapStart, nameEnd));
    if (!found && !isCount) {
      found = nameAfter(text, tokensIn(q.range.end, afterEnd));
      if (found) ruleId = 'value-then-name';
    }
    if (!found && isCount) {
      found = phraseAfter(text, nameAfterStart, nameAfterEnd);
      if (found) ruleId = 'count-then-phrase';
    }
    if (!found && !lastNamed?.name) {
      const words = TRAILING_WORDS.exec(text.slice(listStart, nameEnd));
      if (words) found = { name: cleanName(words[0]).name, start: nameEnd - words[0].length, end: nameEnd };
      if (found && found.name.length === 0) found = null;
      else if (found) ruleId = 'value-after-words';
    }
    // 设立1000万元人才发展专项资金: a verb before, a noun phrase after — the noun names it
    if (found?.verbOnly && !isCount) {
      const after = nameAfter(text, tokensIn(q.range.end, afterEnd));
      if (after) {
        found = after;
        ruleId = 'value-then-name';
      }
    }
    // no name of its own: the subject of the sentence carries over (比上年增加0.57万亩, 控制在3.5%以内)
    let carried: string | null = null;
    // 稳定在400公斤左右 says how the measure stands, not what it is: the subject carries over
    if (found && STATE_ONLY.test(found.name) && lastNamed?.name && !isCount) found = null;
    if (!found && lastNamed?.name) {
      const increase = INCREASE_WORD.exec(text.slice(listStart, q.range.start).replace(/(超过|近|约|不到)$/, ''));
      const base = lastNamed.ruleId === 'change-amount' ? lastNamed.name.replace(INCREASE_WORD, '') : lastNamed.name;
      carried = `${base}${increase?.[1] ?? ''}`;
      ruleId = increase ? 'change-amount' : 'carried-name';
    }
    if (q.kind === 'bare' && !(found && BARE_NAME.test(found.name))) {
      unclaim(q, 'unknown', 'bare-number-without-measure');
      continue;
    }
    if (q.kind === 'bare') ruleId = 'index-value';
    let scopeStart: number | null = null;
    // 3个国控、省控断面水质优良比例保持100%: the count marks out what the rate covers
    if (q.kind === 'percent' && open && open.ruleId === 'count-then-name' && openClause?.start === clause.start &&
        out[out.length - 1] === open && found && RATE_NAME.test(found.name)) {
      out.pop();
      scopeStart = open.range.start;
      open = null;
      ruleId = 'rate-of-counted-scope';
    }
    const start = scopeStart ?? (found && found.start < q.range.start ? found.start : q.range.start);
    const end = found && found.end > q.range.end ? found.end : q.range.end;
    const item = draft({ start, end }, ruleId, found?.name ?? carried, q, null, q.qualifier);
    if (fenbie && sharedList.length === 0 && countFenbie(slots, i, false) > 1) {
      const count = countFenbie(slots, i, false);
      const names = fenbieNames(text, clause, gapStart, q.range.start, count, found);
      if (names && names.length > 1) {
        item.name = names[0] ?? item.name;
        item.ruleId = 'shared-name-value';
        out.push(item);
        sharedList = [item];
        for (let k = 1; k < names.length; k++) {
          const next = slots[++i] as Slot;
          const d = draft(next.q.range, 'shared-name-value', names[k] ?? null, next.q, null, next.q.qualifier);
          out.push(d);
          sharedList.push(d);
        }
        open = null;
        continue;
      }
    }
    sharedList = [];
    out.push(item);
    // 34.86万吨，比上年增加0.72万吨，增长2.1%: the growth is the measure's, not the amount's
    if (item.ruleId !== 'change-amount' || open === null || open.growth !== null) {
      beforeOpen = open;
      open = item;
      openClause = clause;
    }
  }
}

function countFenbie(slots: readonly Slot[], i: number, growth: boolean): number {
  const clauseStart = (slots[i] as Slot).clause.start;
  let n = 0;
  for (let k = i; k < slots.length; k++) {
    const s = slots[k] as Slot;
    if (s.clause.start !== clauseStart || (s.role !== null) !== growth) break;
    n++;
  }
  return n;
}
