import { describe, expect, test } from 'vitest';
import { buildPanel } from '../../src/panel/build-panel.js';
import { ABOUT_TOLERANCE, joinTargets } from '../../src/panel/join-targets.js';
import type { PanelDocument } from '../../src/panel/panel-schema.js';
import type { Indicator, Qualifier } from '../../src/schema/document.js';
import { makeIndicator as make } from './make-indicator.js';

const place = { name: '云梧区', code: null, parent: null };
const doc = (id: string, reportYear: number, indicators: Indicator[]): PanelDocument => ({
  document: { id, source: null, sha256: null, encoding: 'utf-8', format: 'txt', title: null, region: place, reportYear },
  indicators,
});

/** A growth target of 2024 in one report, its result in the next. */
function growthCase(name: string, target: number, qualifier: Qualifier, actual: number) {
  const t = make(name, '2024', 'target', { growth: target, qualifier, doc: 'y23' });
  const a = make(name, '2024', 'actual', { growth: actual, doc: 'y24' });
  return joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [a])]));
}

describe('met or missed by the qualifier', () => {
  test.each([
    ['at_least met', '固定资产投资', 6, 'at_least', 6.0, 'at_least', 'met', 0],
    ['at_least missed', '固定资产投资', 6, 'at_least', 4.3, 'at_least', 'missed', -1.7],
    ['more_than: reaching the rounded figure counts', '固定资产投资', 6, 'more_than', 6, 'at_least', 'met', 0],
    ['about, inside the tolerance', '地区生产总值', 5.5, 'about', 5.2, 'about', 'met', -0.3],
    ['about, above the band', '地区生产总值', 2, 'about', 2.6, 'about', 'missed', 0.6],
    ['about, below the band', '地区生产总值', 5.5, 'about', 4.9, 'about', 'missed', -0.6],
    ['no qualifier, higher is better: a floor', '规模以上工业增加值', 7, null, 6.4, 'at_least', 'missed', -0.6],
    ['no qualifier, lower is better: a ceiling', '单位地区生产总值能耗', -3, null, -3.2, 'at_most', 'met', -0.2],
  ] as const)('%s', (_why, name, target, qualifier, actual, rule, outcome, gap) => {
    const [row] = growthCase(name, target, qualifier, actual);
    expect(row).toMatchObject({ rule, outcome, target, actual, gap_unit: 'pp', actual_status: 'actual', target_document_id: 'y23', actual_document_id: 'y24' });
    expect(row?.gap).toBeCloseTo(gap, 9);
    expect(row?.tolerance).toBe(rule === 'about' ? ABOUT_TOLERANCE.points : null);
  });

  test('at_most on a rate: 5.0% against 以内 5.5%', () => {
    const t = make('城镇调查失业率', '2024', 'target', { value: 5.5, unit: '%', qualifier: 'at_most' });
    const a = make('城镇调查失业率', '2024', 'actual', { value: 5.6, unit: '%' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [a])]))[0]).toMatchObject({ outcome: 'missed', gap_unit: 'pp' });
  });
});

describe('units and sources', () => {
  test("the gap is in the target's unit: 14600人 against 1.2万人", () => {
    const t = make('城镇新增就业', '2024', 'target', { value: 1.2, unit: '万人', qualifier: 'at_least' });
    const a = { ...make('城镇新增就业', '2024', 'actual', { value: 1.46, unit: '万人' }), value: 14600, unit: '人' };
    const [row] = joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [a])]));
    expect(row).toMatchObject({ actual: 1.46, target_unit: '万人', gap_unit: '万人', outcome: 'met' });
    expect(row?.gap).toBeCloseTo(0.26, 9);
  });

  test('about on an amount: within 5% of the target', () => {
    const t = make('社会消费品零售总额', '2024', 'target', { value: 350, unit: '亿元', qualifier: 'about' });
    const a = make('社会消费品零售总额', '2024', 'actual', { value: 336, unit: '亿元' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [a])]))[0]).toMatchObject({ tolerance: 17.5, outcome: 'met', gap: -14 });
  });

  test('USD against CNY cannot be compared', () => {
    const t = make('实际使用外资', '2024', 'target', { value: 19000, unit: '万美元', qualifier: 'at_least' });
    const a = make('实际使用外资', '2024', 'actual', { value: 13.5, unit: '亿元' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [a])]))[0]).toMatchObject({ outcome: 'not_comparable', gap: null });
  });

  test('no result yet: unmatched', () => {
    const [row] = joinTargets(buildPanel([doc('y23', 2023, [make('地区生产总值', '2024', 'target', { growth: 5, qualifier: 'at_least' })])]));
    expect(row).toMatchObject({ outcome: 'unmatched', actual: null, actual_document_id: null });
  });

  test("an estimate counts where no actual exists; an actual wins over it", () => {
    const t = make('地区生产总值', '2024', 'target', { growth: 5, qualifier: 'at_least', doc: 'y23' });
    const estimate = make('地区生产总值', '2024', 'estimate', { growth: 4.8, doc: 'y24' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [estimate])]))[0]).toMatchObject({ actual_status: 'estimate', outcome: 'missed' });
    const actual = make('地区生产总值', '2024', 'actual', { growth: 5.1, doc: 'y25' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t]), doc('y24', 2024, [estimate]), doc('y25', 2025, [actual])]))[0]).toMatchObject({ actual_status: 'actual', outcome: 'met' });
  });

  test('a target is never joined to a target or to another year', () => {
    const t = make('地区生产总值', '2024', 'target', { growth: 5, doc: 'y23' });
    const other = make('地区生产总值', '2023', 'actual', { growth: 6.1, doc: 'y23' });
    expect(joinTargets(buildPanel([doc('y23', 2023, [t, other])]))).toEqual([expect.objectContaining({ outcome: 'unmatched' })]);
  });
});
