import { chineseDigitValue } from './chinese-numeral.js';
import { normalize, readCues, readNumberAt, token, type Core } from './core.js';
import { matchMultiplier, matchUnit, separatorEnd, type CompiledUnit } from './matchers.js';
import { readDateRange } from './read-date.js';
import type { NumberToken, QuantityMention } from './types.js';

interface RangeParts {
  readonly low: NumberToken;
  readonly high: NumberToken;
  readonly multiplier: number;
  readonly multiplierText: string;
  readonly unit: CompiledUnit;
  readonly unitEnd: number;
  readonly ruleId: string;
}

function rangeMention(text: string, cursor: number, p: RangeParts): QuantityMention {
  const cues = readCues(text, p.low.range.start, p.unitEnd, cursor, null, p.unit.info.dimension, false);
  return {
    range: { start: cues.start, end: cues.end },
    numberRange: { start: p.low.range.start, end: p.high.range.end },
    value: p.low.value,
    valueHigh: p.high.value,
    unitText: p.multiplierText + p.unit.info.id,
    unit: p.unit.info,
    multiplier: p.multiplier,
    normalized: normalize(p.unit, p.multiplier, p.low.value, p.high.value),
    kind: p.unit.kind,
    qualifier: cues.qualifier,
    qualifierRange: cues.qualifierRange,
    numbers: [p.low, p.high],
    ruleId: p.ruleId,
  };
}

/**
 * Reads `low` separator `high` unit (rules/ranges.ts): 3-5万元, 10万—20万元, 5%-8%,
 * 三至五年, and year/month ranges as dates. Null when the text is not a range.
 *
 * @example
 * readRange('3-5万元', cursor0, core3); // value 3, valueHigh 5, unitText '万元'
 */
export function readRange(text: string, cursor: number, low: Core): QuantityMention | null {
  if (low.shape === 'lone' || low.shape === 'roman' || low.shape === 'fraction') return null;
  let p = low.end;
  let lowEnd = low.end;
  let lowValue = low.value;
  let lowMultiplierText = '';
  let lowPercent = false;
  if (low.headEnd >= 0) {
    lowEnd = low.headEnd;
    lowValue = low.headValue;
    lowMultiplierText = text.slice(low.headEnd, low.end);
  } else if (low.shape === 'arabic') {
    const mm = matchMultiplier(text, p);
    if (mm) {
      lowMultiplierText = text.slice(p, mm.end);
      p = mm.end;
    } else if (text[p] === '%') {
      lowPercent = true;
      p += 1;
    }
  }
  const q = separatorEnd(text, p);
  if (q < 0) return null;
  const high = readNumberAt(text, q);
  if (!high) return null;
  if (!lowMultiplierText && !lowPercent) {
    const asDate = readDateRange(text, low, high);
    if (asDate) return asDate;
  }

  let highEnd = high.end;
  let highValue = high.value;
  let multiplier = 1;
  let multiplierText = '';
  let u = matchUnit(text, high.end);
  if (u && !u.unit.takesMultiplier) return null;
  if (u && high.headEnd >= 0) {
    highEnd = high.headEnd;
    highValue = high.headValue;
    multiplier = high.tailFactor;
    multiplierText = text.slice(high.headEnd, high.end);
  } else if (!u && high.shape === 'arabic') {
    const mm = matchMultiplier(text, high.end);
    u = mm ? matchUnit(text, mm.end) : null;
    if (u && !u.unit.takesMultiplier) return null;
    if (mm && u) {
      multiplier = mm.factor;
      multiplierText = text.slice(high.end, mm.end);
    }
  }
  if (!u) return null;
  if (lowMultiplierText && lowMultiplierText !== multiplierText) return null;
  if (lowPercent && u.unit.info.id !== '%') return null;
  if (!(highValue > lowValue)) return null;
  return rangeMention(text, cursor, {
    low: token(text, low.start, lowEnd, lowValue, low.script, low.ruleId),
    high: token(text, high.start, highEnd, highValue, high.script, high.ruleId),
    multiplier,
    multiplierText,
    unit: u.unit,
    unitEnd: u.end,
    ruleId: 'range',
  });
}

/**
 * Two consecutive Chinese digits before a unit, a rough range: 三四家 → 3..4 家.
 *
 * @example
 * readPairRange('三四家', 0, 0)?.valueHigh; // 4
 */
export function readPairRange(text: string, cursor: number, start: number): QuantityMention | null {
  const a = chineseDigitValue(text[start]);
  const b = chineseDigitValue(text[start + 1]);
  if (a === undefined || b === undefined || a < 1 || b !== a + 1) return null;
  const u = matchUnit(text, start + 2);
  if (!u) return null;
  return rangeMention(text, cursor, {
    low: token(text, start, start + 1, a, 'chinese', 'numeral-pair-range'),
    high: token(text, start + 1, start + 2, b, 'chinese', 'numeral-pair-range'),
    multiplier: 1,
    multiplierText: '',
    unit: u.unit,
    unitEnd: u.end,
    ruleId: 'pair-range',
  });
}
