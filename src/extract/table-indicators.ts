import type { QuantityMention, TextRange } from '../quantity/types.js';
import type { DocumentStructure } from '../structure/types.js';
import { sectionAt } from '../structure/section-at.js';
import { columnUnit, isGrowthColumn, type TextCell, type TextTable } from '../structure/tables.js';
import type { IndicatorDraft, UnclaimedDraft } from './indicators.js';
import { excludeNumber } from './exclude.js';
import { withUnit } from './unit-of.js';
import type { GrowthUnit } from './growth-role.js';
import { PLANNED_AMOUNT_NAME } from './status-period.js';

const UNIT_COLUMN = /^(计量)?单位$/;
/** An index column (`指数`, `上年同期=100`): its cells are index values, with no unit. */
const INDEX_COLUMN = /指数|=\s*100/;

/**
 * Marks before a row's name that say where the row sits, not what it measures: dropped from
 * the name (the span still starts at the mark).
 */
const ROW_NAME_MARKS: readonly { readonly id: string; readonly pattern: RegExp; readonly example: string; readonly counterExample: string }[] = [
  { id: 'of-which', pattern: /^其中[：:]\s*/, example: '其中：小麦', counterExample: '其他作物' },
  { id: 'hash-sub-row', pattern: /^[#＃]+\s*/, example: '#农林牧渔专业及辅助活动', counterExample: '农林牧渔业' },
  { id: 'ordinal', pattern: /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．](?!\d))\s*/, example: '二、衣着', counterExample: '0-17岁' },
];

/** A row's name: marks dropped, letter spacing closed up (`工  业` → 工业), a unit in brackets removed. */
export function rowName(label: string): string {
  let name = label.trim();
  for (const mark of ROW_NAME_MARKS) name = name.replace(mark.pattern, '');
  name = name.replace(/(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])/g, '');
  return columnUnit(name) !== null ? name.replace(/[（(][^（）()]*[)）]\s*$/, '').trim() : name;
}
export { ROW_NAME_MARKS };
const RANK_COLUMN = /(位次|排名|排位|名次)/;
/** The growth unit a growth column's header unit stands for (`比上年±(个百分点)` → pp). */
const GROWTH_COLUMN_UNITS: Readonly<Record<string, GrowthUnit>> = { '%': '%', '个百分点': 'pp', '百分点': 'pp', '‰': '‰', '个千分点': '‰pt', '千分点': '‰pt' };
const EMPTY_CELL = /^[-—–…\s/]*$/;

/** A column's name without its unit or year: `产量(吨)` → 产量, `2023年完成` → 完成 (the period says the year). */
/** `单位：亿元、%` names the values' unit first and the rates' after it. */
function firstUnit(unit: string | null): string | null {
  return unit === null ? null : (unit.split(/[、，,;；/]/)[0]?.trim() || null);
}

function columnName(header: string): string {
  const bare = header.replace(/[（(][^）)]*[）)]/g, '').replace(/[%％]$/, '').trim();
  // a time word dates the column, as a year does (年末人口 → 人口, 本年收入计划 → 收入计划);
  // what is left of 年末数 (数) names nothing: the row label alone is the name
  const withoutTime = bare.replace(/(?:19|20)\d\d年(?:度)?/g, '').replace(COLUMN_TIME_WORD, '').trim();
  if (withoutTime === '数') return '';
  return withoutTime.length > 0 ? withoutTime : bare;
}

/** Time words at the head of a column name (the period carries them). */
const COLUMN_TIME_WORD = /^(?:本年|全年|年末|年初|当年|本期)/;
/** A column of the year before (上年同期数): its figures belong to the previous year. */
const PREVIOUS_YEAR_COLUMN = /^(?:上年|去年)/;

function quantityIn(quantities: readonly QuantityMention[], cell: TextCell): QuantityMention | null {
  for (const q of quantities) if (q.range.start >= cell.range.start && q.range.end <= cell.range.end && q.kind !== 'date') return q;
  return null;
}

/**
 * Indicators from tables laid out as text: every numeric cell is one indicator named by its
 * row and column (`粮食 产量`), in the unit of its column, row or table; a growth column
 * (`比上年增长(%)`) is attached to the value before it in the same row.
 */
export function tableIndicators(
  text: string,
  tables: readonly TextTable[],
  quantities: readonly QuantityMention[],
  structure: DocumentStructure,
  reportYear: number | null,
): { indicators: IndicatorDraft[]; unclaimed: UnclaimedDraft[] } {
  const indicators: IndicatorDraft[] = [];
  const unclaimed: UnclaimedDraft[] = [];
  for (const table of tables) {
    const inTable = quantities.filter((q) => q.range.start >= table.range.start && q.range.end <= table.range.end);
    const used = new Set<QuantityMention>();
    const captionYear = /((?:19|20)\d\d)年/.exec(table.caption ?? '')?.[1] ?? null;
    const unitColumn = table.header.findIndex((h) => UNIT_COLUMN.test(h.text));
    for (const row of table.rows) {
      const section = sectionAt(structure, row.label.range.start);
      const period = captionYear ?? (section?.year != null ? String(section.year) : reportYear !== null ? String(reportYear) : null);
      const rowUnit = unitColumn >= 0 ? row.cells[unitColumn - 1]?.text ?? null : null;
      const label = rowName(row.label.text);
      const labelUnit = columnUnit(row.label.text);
      let last: IndicatorDraft | null = null;
      let main: IndicatorDraft | null = null; // the row's figure of the year, which a growth column follows
      // what every cell of the row shares: a table reports results, one period, one section
      const rowPart = {
        status: 'actual' as const,
        period,
        sectionId: section?.id ?? null,
        sentence: { start: row.label.range.start, end: row.cells[row.cells.length - 1]?.range.end ?? row.label.range.end },
        subPeriod: null,
      };
      for (const cell of row.cells) {
        if (EMPTY_CELL.test(cell.text) || UNIT_COLUMN.test(cell.column.trim())) continue;
        // 增速全市位次: a rank is an ordinal, not a figure of the row
        if (RANK_COLUMN.test(cell.column)) continue;
        const q = quantityIn(inTable, cell);
        if (!q) continue;
        used.add(q);
        const rowRange: TextRange = { start: row.label.range.start, end: cell.range.end };
        if (isGrowthColumn(cell.column)) {
          const unit = GROWTH_COLUMN_UNITS[columnUnit(cell.column) ?? '%'] ?? '%';
          const growth = {
            quantity: q,
            role: { sign: 1 as const, basis: /比上年|同比|上年/.test(cell.column) ? ('yoy' as const) : null, phraseStart: q.range.start, cueStart: q.range.start, cueEnd: q.range.start, cue: '' },
            value: q.value,
            unit,
            range: q.range,
          };
          // the growth is the main figure's: not a share of it (占计划%) nor last year's (上年同期数)
          if (main && main.growth === null) {
            main.growth = growth;
            main.range = { start: main.range.start, end: cell.range.end };
            continue;
          }
          last = { ...rowPart, name: label, quantity: null, growth, qualifier: null, range: rowRange, ruleId: 'table-growth-cell' };
          indicators.push(last);
          main = last;
          continue;
        }
        // the unit: column header, row name, the row's 单位 cell, the table's 单位 line; an index has none
        const unit = INDEX_COLUMN.test(cell.column) ? null : columnUnit(cell.column) ?? labelUnit ?? rowUnit ?? firstUnit(table.unit);
        const column = columnName(cell.column);
        const previousYear = PREVIOUS_YEAR_COLUMN.test(cell.column);
        const quantity = withUnit(q, unit);
        last = {
          ...rowPart,
          // a planned or budgeted column (本年收入计划): targets of the year, as in prose
          status: PLANNED_AMOUNT_NAME.test(column) && quantity.kind !== 'percent' ? 'target' : rowPart.status,
          period: previousYear && period !== null ? String(Number(period) - 1) : period,
          name: column && !UNIT_COLUMN.test(column) ? `${label} ${column}` : label,
          quantity,
          growth: null,
          qualifier: q.qualifier,
          range: rowRange,
          ruleId: 'table-cell',
        };
        indicators.push(last);
        if (!previousYear && quantity.kind !== 'percent') main = last;
      }
    }
    const unitCells = unitColumn < 0 ? [] : table.rows.map((r) => r.cells[unitColumn - 1]).filter((c) => c !== undefined);
    const rankCells = table.rows.flatMap((r) => r.cells.filter((c) => RANK_COLUMN.test(c.column)));
    const nameCells = [...table.header, ...table.rows.map((r) => r.label)];
    for (const q of inTable) {
      if (used.has(q)) continue;
      const first = q.numbers[0];
      if (rankCells.some((c) => q.range.start >= c.range.start && q.range.end <= c.range.end)) {
        for (const n of q.numbers) unclaimed.push({ range: n.range, reason: 'ordinal', ruleId: 'table-rank-cell' });
        continue;
      }
      // 年末人口(万人), 0-17岁: a number in a header or a row name is part of a name
      if (nameCells.some((c) => q.range.start >= c.range.start && q.range.end <= c.range.end)) {
        for (const n of q.numbers) unclaimed.push({ range: n.range, reason: 'name', ruleId: 'table-name-cell' });
        continue;
      }
      // 万只 in a 单位 column is a unit written with a multiplier, not a figure
      if (unitCells.some((c) => q.range.start >= c.range.start && q.range.end <= c.range.end)) {
        for (const n of q.numbers) unclaimed.push({ range: n.range, reason: 'name', ruleId: 'table-unit-cell' });
        continue;
      }
      const excluded = first ? excludeNumber(text, first) : null;
      const reason = q.kind === 'date' ? 'date' : excluded ? excluded.reason : /表\s*$/.test(text.slice(Math.max(0, q.range.start - 2), q.range.start)) ? 'ordinal' : 'unknown';
      for (const n of q.numbers) unclaimed.push({ range: n.range, reason, ruleId: excluded?.ruleId ?? 'table-other-number' });
    }
  }
  return { indicators, unclaimed };
}
