import { bareMention, clean, coreToken, normalize, readCues, token, type Core } from './core.js';
import { BARE_YEAR_RULE } from './rules/dates.js';
import { followerEnd, isIdeograph, matchBetween, matchMultiplier, matchUnit, type CompiledUnit, type CueMatch } from './matchers.js';
import { dateMention, isYearLike } from './read-date.js';
import type { QuantityMention } from './types.js';

/**
 * Reads a number with whatever unit, multiplier and qualifiers follow it.
 *
 * The multiplier rule: a multiplier written right before a unit is part of the unit and
 * the value stays as written (282亿元 → 282 亿元, 52.4万株 → 52.4 万株, 两万人 → 2 万人).
 * A multiplier followed by 余/多 or by no unit belongs to the number instead
 * (2万余户 → 20000 户 more_than, 达到1.2万 → 12000 bare).
 *
 * @example
 * readMeasure('惠及居民2万余户', 0, core2); // value 20000, unitText '户', qualifier more_than
 */
export function readMeasure(text: string, cursor: number, c: Core): QuantityMention {
  let numberEnd = c.end;
  let value = c.value;
  let script = c.script;
  let ruleId = c.ruleId;
  let p = c.end;
  let multiplier = 1;
  let multiplierText = '';
  let between: CueMatch | null = null;

  let u: { unit: CompiledUnit; end: number } | null = matchUnit(text, p);
  if (u && c.headEnd >= 0 && u.unit.takesMultiplier) {
    numberEnd = c.headEnd;
    value = c.headValue;
    multiplier = c.tailFactor;
    multiplierText = text.slice(c.headEnd, c.end);
    ruleId = 'numeral-chinese';
  } else if (!u && c.shape === 'arabic') {
    const mm = matchMultiplier(text, p);
    if (mm) {
      u = matchUnit(text, mm.end);
      if (u && u.unit.takesMultiplier) {
        multiplier = mm.factor;
        multiplierText = text.slice(p, mm.end);
      } else {
        // no unit, or a grade (100亿级): the multiplier is part of the number
        numberEnd = mm.end;
        value = clean(value * mm.factor);
        script = 'mixed';
        ruleId = 'numeral-mixed';
        p = mm.end;
      }
    }
  }
  if (!u) {
    between = matchBetween(text, p);
    if (between) {
      p = between.end;
      u = matchUnit(text, p);
      if (!u) {
        const mm = matchMultiplier(text, p);
        if (mm) {
          // 290余万元: the multiplier after 余 stays with the unit
          multiplier = mm.factor;
          multiplierText = text.slice(p, mm.end);
          p = mm.end;
          u = matchUnit(text, p);
        }
      }
    }
  }
  const unitEnd = u ? u.end : p;
  const cues = readCues(text, c.start, unitEnd, cursor, between, u ? u.unit.info.dimension : null, c.shape === 'lone');
  const numbers = [token(text, c.start, numberEnd, value, script, ruleId)];

  if (!u && !multiplierText && cues.qualifier === null && isYearLike(c) && isIdeograph(text[c.end])) {
    return dateMention(c.start, c.end, numbers, BARE_YEAR_RULE.id);
  }
  const unit = u ? u.unit : null;
  return {
    range: { start: cues.start, end: cues.end },
    numberRange: { start: c.start, end: numberEnd },
    value,
    valueHigh: undefined,
    unitText: unit ? multiplierText + unit.info.id : multiplierText || null,
    unit: unit ? unit.info : null,
    multiplier,
    normalized: unit ? normalize(unit, multiplier, value) : null,
    kind: unit ? unit.kind : 'bare',
    qualifier: cues.qualifier,
    qualifierRange: cues.qualifierRange,
    numbers,
    ruleId: unit ? (unit.info.base === 'grade' ? 'grade' : unit.kind) : 'bare',
  };
}

/**
 * A number right after 第: a bare mention with ruleId 'ordinal' whose range covers 第 and
 * the measure word after it (第十九届, 第三次), without a unit.
 *
 * @example
 * readOrdinal('第三次会议', core三).range; // { start: 0, end: 3 }
 */
export function readOrdinal(text: string, c: Core): QuantityMention {
  const u = matchUnit(text, c.end);
  const f = u ? u.end : followerEnd(text, c.end);
  const end = f >= 0 ? f : c.end;
  const t = { ...coreToken(text, c), ruleId: 'numeral-ordinal' };
  return bareMention({ start: c.start - 1, end }, { start: c.start, end: c.end }, t, 'ordinal');
}

/**
 * 百分之五 / 千分之三: the unit comes first. unitText is the symbol the prefix stands for
 * (% or ‰), since the written unit is not one contiguous piece after the number.
 *
 * @example
 * readPercentPrefix('百分之五', 0, 0, 3, c五, unitPercent, 'percent-prefix').value; // 5
 */
export function readPercentPrefix(text: string, cursor: number, prefixStart: number, c: Core, unit: CompiledUnit, ruleId: string): QuantityMention {
  const cues = readCues(text, prefixStart, c.end, cursor, null, unit.info.dimension, false);
  return {
    range: { start: cues.start, end: cues.end },
    numberRange: { start: c.start, end: c.end },
    value: c.value,
    valueHigh: undefined,
    unitText: unit.info.id,
    unit: unit.info,
    multiplier: 1,
    normalized: normalize(unit, 1, c.value),
    kind: unit.kind,
    qualifier: cues.qualifier,
    qualifierRange: cues.qualifierRange,
    numbers: [coreToken(text, c)],
    ruleId,
  };
}
