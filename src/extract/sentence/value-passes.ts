import { fenbieNames, lastListBreak, phraseAfter } from '../lists.js';
import { cleanName, nameAfter, nameBefore, type FoundName } from '../names.js';
import {
  BARE_NAME, BASE_AFTER, BASE_BEFORE, EVERY_MEMBER, GOAL_AFTER, INCREASE_WORD, MILESTONE_LINK, PER_UNIT, RATE_NAME,
  STATE_ONLY, THRESHOLD_LINK, TRAILING_WORDS, CHANGE_ONLY, COMPARISON_BASE_BEFORE, TREND_AFTER_NAME,
} from '../rules/patterns.js';
import { countFenbie, damagedBefore, type SentencePass, type SentenceState, type Slot, type SlotView } from './state.js';
import type { IndicatorDraft } from '../indicators.js';



const comparisonBase: SentencePass = {
  id: 'comparison-base',
  on: 'value',
  example: '经济总量达到24.21亿元,较1978年833.02万元增长约290余倍',
  counterExample: '2012年,林周县经济总量突破10亿元',
  apply(state, { slot }) {
    const { text, slots, i } = state;
    const { q, gapStart } = slot;
    const next = slots[i + 1];
    if (!next?.role || !COMPARISON_BASE_BEFORE.test(text.slice(gapStart, q.range.start))) return false;
    // the earlier year's figure only measures the growth of the figure before it
    const at = text.slice(gapStart, q.range.start).search(COMPARISON_BASE_BEFORE);
    state.comparisonBase = { start: gapStart + at, end: q.range.end };
    return true;
  },
};

/** 增加值?0.2亿元，减支5273万元: the change of a figure nobody can read is lost with it. */
const changeOfDamagedValue: SentencePass = {
  id: 'change-of-damaged-value',
  on: 'value',
  example: '增加值?8639万元，减支5273万元，下降9.8%',
  counterExample: '人大事务1087万元，较上年增支204万元',
  apply(state, { slot }) {
    const { text } = state;
    const { q, gapStart } = slot;
    if (!damagedBefore(state, q.range.start)) return false;
    if (!CHANGE_ONLY.test(text.slice(gapStart, q.range.start).replace(/^[，,\s]+/, ''))) return false;
    state.unclaim(q, 'damaged', 'change-of-damaged-value');
    state.damaged.push(q.range);
    return true;
  },
};

const levelFromBase: SentencePass = {
  id: 'level-from-base',
  on: 'value',
  example: '城乡居民收入比由上年的1.83缩小至1.81 / 城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1',
  counterExample: '城镇化率达到65.2%，比上年提高1.1个百分点',
  apply(state, { slot }) {
    const { text, slots, i } = state;
    const { q, gapStart } = slot;
    const nextStart = slots[i + 1]?.q.range.start ?? q.range.end;
    if (!BASE_BEFORE.test(text.slice(gapStart, q.range.start)) || !BASE_AFTER.test(text.slice(q.range.end, nextStart))) return false;
    // the earlier level is part of the item of the level reached: its name is written before 由,
    // in the clause before when 由 opens the clause
    const by = text.lastIndexOf('由', q.range.start);
    const previous = state.sentence.clauses.filter((k) => k.end <= slot.clause.start).at(-1);
    if (by <= gapStart && previous) {
      // the clause before says how the measure moved (…持续缩小，): the name ends before that
      const told = text.slice(previous.start, by).replace(TREND_AFTER_NAME, '');
      state.pendingBase = { nameStart: previous.start, nameEnd: previous.start + told.length };
      return true;
    }
    state.pendingBase = { nameStart: gapStart, nameEnd: by };
    return true;
  },
};

const milestoneBeforeValue: SentencePass = {
  id: 'milestone-before-value',
  on: 'value',
  example: '年末市场主体总数突破9万户，达到9.2万户，增长8.4%',
  counterExample: '技术合同成交额力争突破22亿元',
  apply(state, { slot }) {
    const { q, gapStart } = slot;
    const next = state.slots[state.i + 1];
    if (!next || next.role || next.q.unitText !== q.unitText || q.qualifier !== 'more_than' ||
        !MILESTONE_LINK.test(state.text.slice(q.range.end, next.q.range.start))) return false;
    // the milestone restates the exact value after it: one item, named before the milestone
    state.pendingBase = { nameStart: gapStart, nameEnd: q.range.start };
    return true;
  },
};

const countOfCategory: SentencePass = {
  id: 'count-of-category',
  on: 'value',
  example: '92个村集体经济收入达到50万元',
  counterExample: '村集体经济收入全部达到10万元',
  apply(state, { slot }) {
    const { text } = state;
    const { q, clause } = slot;
    const open = state.open;
    if (!open || state.openClause?.start !== clause.start || open.ruleId !== 'count-then-name' || !open.name ||
        EVERY_MEMBER.test(text.slice(open.range.start, q.range.start)) ||
        !THRESHOLD_LINK.test(text.slice(open.range.end, q.range.start))) return false;
    // the threshold is inside the category the count is of
    open.name = `${open.name}${text.slice(open.range.end, q.range.end)}`;
    open.range = { start: open.range.start, end: q.range.end };
    open.ruleId = 'count-of-category';
    return true;
  },
};

const valueThenGoal: SentencePass = {
  id: 'value-then-goal',
  on: 'value',
  example: '实现年初确定的10%~12%的增长目标',
  counterExample: '完成年度目标任务的105%',
  apply(state, { slot }) {
    const { q, clause } = slot;
    const goal = GOAL_AFTER.exec(state.text.slice(q.range.end, clause.end));
    if (!goal?.[1]) return false;
    // the goal is named after the figure, and is a target
    const goalDraft = state.draft({ start: q.range.start, end: q.range.end + goal[0].length }, 'value-then-goal', goal[1], q, null, q.qualifier);
    goalDraft.status = 'target';
    state.out.push(goalDraft);
    return true;
  },
};

/** The last named item of the sentence that states an amount (not a percentage). */
function lastAmount(state: SentenceState): IndicatorDraft | undefined {
  for (let k = state.out.length - 1; k >= state.firstOfSentence; k--) {
    const d = state.out[k];
    if (d?.name && d.quantity && d.quantity.kind !== 'percent') return d;
  }
  return undefined;
}

/** The name of a value from the words around it, and which rule found it. */
function nameOfValue(state: SentenceState, view: SlotView, listStart: number): { found: FoundName | null; carried: string | null; ruleId: string } {
  const { text, slots, i, tokensIn } = state;
  const { q, clause, gapStart } = view.slot;
  const lastNamed = view.lastNamed;
  const afterEnd = i + 1 < slots.length ? Math.min((slots[i + 1] as Slot).q.range.start, clause.end) : clause.end;
  let found: FoundName | null = null;
  let ruleId = 'value';
  const isCount = q.unit?.dimension === 'count';
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
  if (state.pendingBase) {
    found = nameBefore(text, tokensIn(state.pendingBase.nameStart, state.pendingBase.nameEnd));
    if (found) ruleId = 'level-from-base';
    state.pendingBase = null;
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
  // 稳定在400公斤左右 says how the measure stands, not what it is: the subject carries over
  if (found && STATE_ONLY.test(found.name) && lastNamed?.name && !isCount) found = null;
  // 较上年增支204万元 names only the change: the measure of the clause before carries over
  if (found && CHANGE_ONLY.test(found.name) && lastNamed?.name && !isCount) found = null;
  // no name of its own: the subject of the sentence carries over (比上年增加0.57万亩, 控制在3.5%以内)
  let carried: string | null = null;
  if (!found && lastNamed?.name) {
    const increase = INCREASE_WORD.exec(text.slice(listStart, q.range.start).replace(/(超过|近|约|不到)$/, ''));
    // an amount of change is the measure's, not a share's told between (占调整预算数115.8%，增支…)
    const measure = (increase && lastAmount(state)) || lastNamed;
    const base = measure.ruleId === 'change-amount' ? (measure.name ?? '').replace(INCREASE_WORD, '') : measure.name ?? '';
    carried = `${base}${increase?.[1] ?? ''}`;
    ruleId = increase ? 'change-amount' : 'carried-name';
  }
  return { found, carried, ruleId };
}

const namedValue: SentencePass = {
  id: 'value',
  on: 'value',
  example: '人均地区生产总值约11.2万元 / 组建…等7个产业联盟 / 粮食总产量34.86万吨，比上年增加0.72万吨',
  apply(state, view) {
    const { text } = state;
    const { q, clause, gapStart } = view.slot;
    const listStart = Math.max(gapStart, lastListBreak(text, gapStart, q.range.start));
    const named = nameOfValue(state, view, listStart);
    const { found, carried } = named;
    let ruleId = named.ruleId;
    if (q.kind === 'bare' && !(found && BARE_NAME.test(found.name))) {
      state.unclaim(q, 'unknown', 'bare-number-without-measure');
      return true;
    }
    if (q.kind === 'bare') ruleId = 'index-value';
    let scopeStart: number | null = null;
    // 3个国控、省控断面水质优良比例保持100%: the count marks out what the rate covers
    const open = state.open;
    if (q.kind === 'percent' && open && open.ruleId === 'count-then-name' && state.openClause?.start === clause.start &&
        state.out[state.out.length - 1] === open && found && RATE_NAME.test(found.name)) {
      state.out.pop();
      scopeStart = open.range.start;
      state.open = null;
      ruleId = 'rate-of-counted-scope';
    }
    const start = scopeStart ?? (found && found.start < q.range.start ? found.start : q.range.start);
    const end = found && found.end > q.range.end ? found.end : q.range.end;
    const item = state.draft({ start, end }, ruleId, found?.name ?? carried, q, null, q.qualifier);
    // 新材料、高端装备、生物医药三大主导产业分别实现产值…: one item per figure, each its member's name
    const count = view.fenbie && state.sharedList.length === 0 ? countFenbie(state.slots, state.i, false) : 0;
    if (count > 1) {
      const names = fenbieNames(text, clause, gapStart, q.range.start, count, found);
      if (names && names.length > 1) {
        item.name = names[0] ?? item.name;
        item.ruleId = 'shared-name-value';
        state.out.push(item);
        state.sharedList = [item];
        for (let k = 1; k < names.length; k++) {
          const next = state.slots[++state.i] as Slot;
          const d = state.draft(next.q.range, 'shared-name-value', names[k] ?? null, next.q, null, next.q.qualifier);
          state.out.push(d);
          state.sharedList.push(d);
        }
        state.open = null;
        return true;
      }
    }
    state.sharedList = [];
    state.out.push(item);
    // 34.86万吨，比上年增加0.72万吨，增长2.1%: the growth is the measure's, not the amount's
    if (item.ruleId !== 'change-amount' || state.open === null || state.open.growth !== null) {
      state.beforeOpen = state.open;
      state.open = item;
      state.openClause = clause;
    }
    return true;
  },
};

/** The value passes, in the order they are tried on a figure that is not a growth. */
export const VALUE_PASSES: readonly SentencePass[] = [comparisonBase, changeOfDamagedValue, levelFromBase, milestoneBeforeValue, countOfCategory, valueThenGoal, namedValue];
