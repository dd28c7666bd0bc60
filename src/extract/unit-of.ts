import { recognizeQuantities } from '../quantity/index.js';
import type { QuantityMention } from '../quantity/types.js';

/** A unit as written (亿元, 万吨, %) resolved once through the quantity rules. */
const unitCache = new Map<string, QuantityMention | null>();
function unitProbe(unit: string): QuantityMention | null {
  let probe = unitCache.get(unit);
  if (probe === undefined) {
    const found = recognizeQuantities(`1${unit}`);
    probe = found.length === 1 && found[0]?.range.end === unit.length + 1 ? (found[0] as QuantityMention) : null;
    unitCache.set(unit, probe);
  }
  return probe;
}

/** Re-reads a bare cell number in the unit of its column: 125430 under 产量(吨) → 125430 吨. */
export function withUnit(q: QuantityMention, unit: string | null): QuantityMention {
  if (!unit || q.kind !== 'bare') return q;
  const probe = unitProbe(unit);
  if (!probe) return { ...q, kind: 'measure', unitText: unit };
  const scale = probe.normalized ? probe.normalized.value : null;
  const normalized = probe.normalized && scale !== null
    ? {
        value: q.value * scale,
        valueHigh: q.valueHigh !== undefined ? q.valueHigh * scale : undefined,
        unit: probe.normalized.unit,
        dimension: probe.normalized.dimension,
        squareMetres: probe.normalized.squareMetres !== undefined ? q.value * probe.normalized.squareMetres : undefined,
      }
    : null;
  return { ...q, kind: probe.kind, unitText: probe.unitText ?? unit, unit: probe.unit, multiplier: probe.multiplier, normalized };
}


const LIST_JOINERS = /^(、|和|及|与)$/;

/**
 * Numbers in a list that share the unit written after the last one get that unit:
 * `分别拉动经济增长0.5、2.6和2.5个百分点` → 0.5 pp, 2.6 pp, 2.5 pp.
 *
 * @example
 * shareListUnits('0.5、2.6和2.5个百分点', recognizeQuantities('0.5、2.6和2.5个百分点')).map((q) => q.kind) // ['pp', 'pp', 'pp']
 */
export function shareListUnits(text: string, quantities: readonly QuantityMention[]): QuantityMention[] {
  const out = [...quantities];
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i] as QuantityMention;
    const next = out[i + 1] as QuantityMention;
    if (q.kind !== 'bare' || next.kind === 'bare' || next.kind === 'date' || !next.unitText) continue;
    if (!LIST_JOINERS.test(text.slice(q.range.end, next.range.start))) continue;
    const shared = withUnit(q, next.unitText);
    if (shared.kind !== 'bare') out[i] = { ...shared, ruleId: 'shared-list-unit' };
  }
  return out;
}
