import { fenbieNames, isOnlyCueWords } from '../lists.js';
import { cleanName, nameAfter, nameBefore } from '../names.js';
import { AREA_COMPARISON_CUES, CONTINUATION_OPENERS, YOY_CUES } from '../rules/cues.js';
import { AREA_WORD, GENERIC_RATE, RANKED_IN } from '../rules/patterns.js';
import { growthUnit } from '../growth-role.js';
import type { IndicatorDraft } from '../indicators.js';
import { countFenbie, damagedBefore, type SentencePass, type SentenceState, type Slot, type SlotView } from './state.js';

const DIGIT_SPLIT = /[0-9０-９]/;

/**
 * Where 分别 stands before a growth, and whether the words between it and the growth verb name
 * a measure of their own (…分别拉动经济增长0.5、2.6…: new items, not the growths of the values).
 */
function fenbieMeasure(state: SentenceState, view: SlotView): { at: number; ownMeasure: boolean } {
  const { q, role } = view.slot;
  if (!view.fenbie || !role) return { at: -1, ownMeasure: false };
  const at = state.text.lastIndexOf('分别', q.range.start);
  const between = state.text.slice(at + 2, role.phraseStart).split(DIGIT_SPLIT)[0] ?? '';
  return { at, ownMeasure: !isOnlyCueWords(between, 0) };
}

/** 在全市营商环境评价中由第7位上升至第3位，前进4个位次: the ranking the places moved in. */
function rankedMeasure(before: string, unit: string): string | null {
  if (unit !== '位次') return null;
  const ranked = RANKED_IN.exec(before);
  const name = ranked?.[1] ? cleanName(ranked[1]).name : '';
  return name.length > 0 ? name : null;
}

const sharedListGrowth: SentencePass = {
  id: 'shared-list-growth',
  on: 'growth',
  example: '城镇、农村居民人均可支配收入分别为38560元和21340元，分别增长5.1%和6.7%',
  counterExample: '贡献率分别为8.4%、46.9%和44.7%，分别拉动经济增长0.5、2.6和2.5个百分点',
  apply(state, view) {
    const { ownMeasure } = fenbieMeasure(state, view);
    if (!view.fenbie || ownMeasure) return false;
    const q = view.slot.q;
    // A 45860元、B 23150元，分别增长4.6%和6.7%: the values before, in order, take the growths
    if (state.sharedList.length === 0) {
      const count = countFenbie(state.slots, state.i, true);
      const waiting = state.out
        .slice(state.firstOfSentence)
        .filter((d) => d.quantity !== null && d.growth === null && d.range.end <= q.range.start);
      if (count > 1 && waiting.length >= count) state.sharedList = waiting.slice(waiting.length - count);
    }
    const target = state.sharedList.shift();
    if (!target) return false;
    target.growth = view.growth;
    target.range = { start: target.range.start, end: Math.max(target.range.end, q.range.end) };
    target.ruleId = 'shared-list-growth';
    return true;
  },
};

const growthOfDamagedValue: SentencePass = {
  id: 'growth-of-damaged-value',
  on: 'growth',
  example: '“四新”经济增加值?0.2亿元,名义增长10.0%',
  counterExample: '现代服务业增加值60.0亿元,增长3.9%',
  apply(state, view) {
    const { q, role } = view.slot;
    if (!role) return false;
    const last = damagedBefore(state, role.phraseStart);
    if (!last || !isOnlyCueWords(state.text.slice(last.end, role.phraseStart), 0)) return false;
    // the growth of a figure nobody can read has lost its measure with it
    state.unclaim(q, 'damaged', 'growth-of-damaged-value');
    return true;
  },
};

const valueThenGrowth: SentencePass = {
  id: 'value-then-growth',
  on: 'growth',
  example: '外贸进出口完成48.5亿元，同比增长3.4%',
  counterExample: '群众安全感满意度达到98.3%，居全市第2位，比上年前移3位',
  apply(state, view) {
    const { text } = state;
    const { q, clause, role } = view.slot;
    const growth = view.growth;
    let open = state.open;
    if (!role || !growth || open === null || open.growth !== null) return false;
    // 满意度达到98.3%，…比上年前移3位: a rank change is an item of its own
    if (growth.unit === '位次' && open.quantity?.kind !== 'rank') return false;
    const openClause = state.openClause;
    // 较1978年833.02万元增长290余倍: the base of the comparison is part of the growth phrase
    const base = state.comparisonBase;
    const between = (from: number): string =>
      base && base.start >= from && base.end <= role.phraseStart
        ? text.slice(from, base.start) + text.slice(base.end, role.phraseStart)
        : text.slice(from, role.phraseStart);
    const sameClause = openClause !== null && openClause.start === clause.start && isOnlyCueWords(between(open.range.end));
    const nextClause = openClause !== null && openClause.start !== clause.start &&
      isOnlyCueWords(between(clause.start), 0) &&
      CONTINUATION_OPENERS.some((c) => view.clauseHead.startsWith(c) || text.startsWith(c, role.phraseStart));
    if (!sameClause && !nextClause) return false;
    // 1268万人次，恢复到2019年同期的112%，同比增长46.7%: a share between a value and its
    // growth does not take the growth; the value before it does
    const before = state.beforeOpen;
    if (open.quantity?.kind === 'percent' && before && before.growth === null &&
        (/的$/.test(text.slice(before.range.end, open.quantity.range.start)) ||
          (growth.unit === '%' && /[，,]占[^，。；]*$/.test(text.slice(before.range.end, open.quantity.range.start))))) {
      open = before;
    }
    // 比上年增加0.72万吨，增长2.1%: the 比上年 of the clause before governs the growth too
    if (growth.role.basis === null && YOY_CUES.some((c) => text.slice(open.range.end, role.phraseStart).includes(c))) {
      growth.role = { ...growth.role, basis: 'yoy' };
    }
    open.growth = growth;
    open.range = { start: open.range.start, end: q.range.end };
    open.ruleId = 'value-then-growth';
    state.open = null;
    return true;
  },
};

const growthOnly: SentencePass = {
  id: 'growth-only',
  on: 'growth',
  example: '固定资产投资增长10%以上',
  apply(state, view) {
    const { text, sentence } = state;
    const { q, clause, gapStart, role } = view.slot;
    const growth = view.growth;
    if (!role || !growth) return false;
    const { at: fenbieAt, ownMeasure } = fenbieMeasure(state, view);
    let found = nameBefore(text, state.tokensIn(gapStart, role.phraseStart));
    if (!found && role.cueEnd < q.range.start) found = nameAfter(text, state.tokensIn(role.cueEnd, q.range.start));
    const count = countFenbie(state.slots, state.i, true);
    let names = view.fenbie && count > 1 ? fenbieNames(text, clause, gapStart, q.range.start, count, found) : null;
    if (ownMeasure && fenbieAt >= clause.start && fenbieAt + 2 < q.range.start) {
      const measure = cleanName(text.slice(fenbieAt + 2, q.range.start).split(DIGIT_SPLIT)[0] ?? '').name;
      if (measure.length > 0) names = Array.from({ length: count }, () => measure);
    }
    // 高于全市1.4个百分点 compares the measure named before it (docs/annotation.md §3)
    const comparedName =
      AREA_COMPARISON_CUES.includes(role.cue) && (!found || AREA_WORD.test(found.name) || GENERIC_RATE.test(found.name))
        ? view.lastNamed?.name ?? found?.name
        : undefined;
    state.out.push(state.draft(
      { start: Math.min(found?.start ?? role.phraseStart, role.phraseStart), end: q.range.end },
      'growth-only',
      names?.[0] ?? comparedName ?? found?.name ?? view.lastNamed?.name ??
        rankedMeasure(text.slice(sentence.range.start, q.range.start), growth.unit),
      null,
      growth,
      q.qualifier,
    ));
    // 城镇和农村居民人均可支配收入分别增长5.1%和6.7%: each later growth takes the next name
    if (names) {
      for (let k = 1; k < names.length && state.i + 1 < state.slots.length; k++) {
        const next = state.slots[state.i + 1] as Slot;
        if (!next.role) break;
        state.i++;
        const value = next.role.sign === -1 ? -Math.abs(next.q.value) : next.q.value;
        const nextGrowth: IndicatorDraft['growth'] = {
          quantity: next.q, role: next.role, value, unit: growthUnit(next.q), range: next.q.range,
        };
        state.out.push(state.draft(next.q.range, 'shared-name-growth', names[k] ?? null, null, nextGrowth, next.q.qualifier));
      }
    }
    state.open = null;
    return true;
  },
};

/** The growth passes, in the order they are tried on a figure that states a growth. */
export const GROWTH_PASSES: readonly SentencePass[] = [growthOfDamagedValue, sharedListGrowth, valueThenGrowth, growthOnly];
