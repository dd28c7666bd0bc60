import { canonicalEntry } from '../taxonomy/canonical.js';
import type { PanelRow, TargetRow } from './panel-schema.js';

/**
 * How close an actual must come to a target stated with 左右/约 (`about`): half a
 * percentage point for a growth rate or a rate in %, 5% of the target for an amount.
 */
export const ABOUT_TOLERANCE = { points: 0.5, relative: 0.05 } as const;

type Rule = TargetRow['rule'];

/** 以上/不低于 and 突破/超过 are floors, 以内/不超过 ceilings, 左右/约/近 a band; unstated: the taxonomy's direction. */
function ruleOf(row: PanelRow): Rule {
  switch (row.qualifier) {
    case 'at_least':
    case 'more_than': // figures are rounded: reaching the stated figure counts
      return 'at_least';
    case 'at_most':
      return 'at_most';
    case 'about':
    case 'nearly':
      return 'about';
    default: {
      const better = canonicalEntry(row.canonical)?.better;
      return better === 'higher' ? 'at_least' : better === 'lower' ? 'at_most' : 'about';
    }
  }
}

/**
 * Every target (status `target`, period Y) joined to the result for Y of the same place and
 * measure: the panel's `actual` row, else its `estimate` row (a report's own 预计 figures),
 * whichever report states it. The gap is actual − target in the target's unit; met is
 * judged by the target's qualifier. A target with no result yet is `unmatched`.
 *
 * @example
 * joinTargets(buildPanel([boshan2023]))[0]
 * // { canonical: 'fixed_asset_investment', period: '2024', target: 10, outcome: 'unmatched', … }
 */
export function joinTargets(panel: readonly PanelRow[]): TargetRow[] {
  const results = new Map<string, PanelRow>();
  for (const row of panel) {
    if (row.status === 'target') continue;
    const id = [row.place, row.canonical, row.period, row.measure].join('\u0000');
    const seen = results.get(id);
    if (!seen || (seen.status === 'estimate' && row.status === 'actual')) results.set(id, row);
  }
  return panel
    .filter((row) => row.status === 'target')
    .map((target) => compare(target, results.get([target.place, target.canonical, target.period, target.measure].join('\u0000'))));
}

function compare(target: PanelRow, actual: PanelRow | undefined): TargetRow {
  const isValue = target.measure === 'value';
  const stated = (isValue ? target.value : target.growth) ?? 0;
  const unit = isValue ? target.unit : target.growth_unit;
  const rule = ruleOf(target);
  const base: TargetRow = {
    place: target.place,
    region_name: target.region_name,
    canonical: target.canonical,
    label: target.label,
    period: target.period,
    measure: target.measure,
    qualifier: target.qualifier,
    rule,
    target: stated,
    target_unit: unit,
    target_document_id: target.document_id,
    target_indicator_id: target.indicator_id,
    actual: null,
    actual_status: null,
    actual_document_id: null,
    actual_indicator_id: null,
    gap: null,
    gap_unit: null,
    tolerance: null,
    outcome: 'unmatched',
  };
  if (!actual) return base;
  const matched = { ...base, actual_status: actual.status, actual_document_id: actual.document_id, actual_indicator_id: actual.indicator_id };
  const inTargetUnit = actualInTargetUnit(target, actual);
  if (inTargetUnit === null) return { ...matched, outcome: 'not_comparable' };
  const gap = round(inTargetUnit - stated);
  const inPoints = !isValue || unit === '%';
  const tolerance = rule === 'about' ? (inPoints ? ABOUT_TOLERANCE.points : round(Math.abs(stated) * ABOUT_TOLERANCE.relative)) : null;
  const met = rule === 'at_least' ? gap >= 0 : rule === 'at_most' ? gap <= 0 : Math.abs(gap) <= (tolerance ?? 0) + 1e-9;
  return {
    ...matched,
    actual: round(inTargetUnit),
    gap,
    gap_unit: inPoints && unit === '%' ? 'pp' : unit,
    tolerance,
    outcome: met ? 'met' : 'missed',
  };
}

/** The actual expressed like the target: 1.52万人 against 1.2万人, 0.5 against 5000人 → 万人. */
function actualInTargetUnit(target: PanelRow, actual: PanelRow): number | null {
  if (target.measure === 'growth') return actual.growth_unit === target.growth_unit ? actual.growth : null;
  if (target.value === null || actual.normalized_value === null || target.normalized_value === null) return null;
  if (target.normalized_unit !== actual.normalized_unit) return null;
  if (target.value === 0) return target.unit === actual.unit ? actual.value : null;
  return actual.normalized_value / (target.normalized_value / target.value);
}

function round(x: number): number {
  return Number(x.toPrecision(12));
}
