import type { Indicator, ZhibiaoDocument } from '../../src/schema/document.js';
import type { GoldDocument, GoldIndicator } from '../../src/schema/gold.js';

/** A source text whose offsets the synthetic items below point into. */
export const SOURCE =
  '一、2023年执行情况\n' +
  '预计全区地区生产总值完成282亿元，同比增长6%；固定资产投资增长10%以上。' +
  '新增创新型中小企业46家、高新技术企业46家。改造农户2万余户。';

/** Span of the n-th occurrence (0-based) of `needle` in SOURCE. */
export function spanOf(needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) {
    at = SOURCE.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`not in SOURCE: ${needle} #${nth}`);
  }
  return { start: at, end: at + needle.length };
}

/** A gold item over `text` (its first occurrence unless `nth`), with neutral defaults. */
export function goldItem(text: string, fields: Partial<GoldIndicator> = {}, nth = 0): GoldIndicator {
  return {
    name: text,
    value: null,
    unit: null,
    growth: null,
    qualifier: null,
    status: 'actual',
    period: '2023',
    sectionId: 's1',
    span: spanOf(text, nth),
    text,
    ...fields,
  };
}

/** A predicted indicator built from a gold-shaped item. */
export function predictedItem(item: GoldIndicator, ruleId = 'test-rule', id = 1): Indicator {
  const { note: _note, ...rest } = item;
  return {
    ...rest,
    id: `doc:${id}`,
    canonical: null,
    normalized: null,
    sentence: `(sentence of ${item.text})`,
    ruleId,
  };
}

export function goldDoc(indicators: GoldIndicator[]): GoldDocument {
  return { document: 'synthetic', source: 'does/not/exist.txt', indicators };
}

export function predictedDoc(indicators: Indicator[], text?: string): ZhibiaoDocument {
  return {
    schemaVersion: '1',
    document: {
      id: 'synthetic',
      source: null,
      sha256: null,
      encoding: 'utf-8',
      format: 'txt',
      title: null,
      region: null,
      reportYear: 2023,
    },
    sections: [],
    indicators,
    coverage: { numbers: 0, claimed: 0, ratio: 1 },
    unclaimed: [],
    warnings: [],
    ...(text === undefined ? {} : { text }),
  };
}
