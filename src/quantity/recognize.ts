import { scanQuantities } from './engine.js';
import type { NumberToken, QuantityMention } from './types.js';

/**
 * Every quantity mention in `text` (already normalised: ASCII digits, `%`, `.`), in order
 * and non-overlapping. Each number sits in exactly one mention: a date (2023年), a measure
 * (282亿元), a percentage (6%), percentage points (3.5个百分点), a rank change (31个位次),
 * a multiple (1.5倍) or a bare number (4.15, 十四五, ordinals after 第).
 *
 * Decisions later stages can rely on:
 * - multipliers: written right before a unit they are part of the unit and `value` stays as
 *   written (282亿元 → 282 '亿元', 52.4万株 → 52.4 '万株', 两万人 → 2 '万人'); followed by
 *   余/多 or by no unit they are part of the number (2万余户 → 20000 '户', 1.2万 → 12000);
 * - bare numbers and dates have `unit`, `normalized` null (a bare 1000余万 keeps '万' as unitText);
 * - grades are measures whose unit has base 'grade' (4A级, 三级, Ⅲ类, 百亿级);
 * - ordinals (第三次) are bare with ruleId 'ordinal', the range covering 第 and the measure word;
 * - Roman numerals are tokens with script 'mixed' and ruleId 'numeral-roman';
 * - 百分之五 has unitText '%' (千分之三: '‰'); 31个位次 has unitText '位次' with 个 in the range.
 *
 * @example
 * const [gdp] = recognizeQuantities('地区生产总值完成282亿元');
 * gdp.value; // 282
 * gdp.unitText; // '亿元'
 * gdp.normalized; // { value: 28200000000, unit: 'CNY', dimension: 'currency' }
 */
export function recognizeQuantities(text: string): QuantityMention[] {
  return scanQuantities(text);
}

/**
 * Every number written in `text`, in order: Arabic, Chinese where the numerals act as a
 * number (十四条, 两万, 二〇二三, not 一般 or 进一步), mixed (2万 in 2万余户) and Roman (Ⅲ).
 * These are exactly the tokens of {@link recognizeQuantities}' mentions.
 *
 * @example
 * recognizeNumbers('出台十四条措施，惠及2万余户').map((n) => n.value); // [14, 20000]
 */
export function recognizeNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of scanQuantities(text)) for (const n of m.numbers) out.push(n);
  return out;
}
