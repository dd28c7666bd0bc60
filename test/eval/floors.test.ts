import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/eval/evaluate.js';
import { formatReport } from '../../src/eval/format-report.js';
import { extract } from '../../src/pipeline.js';
import { GoldDocumentSchema } from '../../src/schema/gold.js';

/**
 * The accuracy floors of the gold issue: the extractor is scored against the hand-made gold
 * of the reports (`npm run eval` prints the same figures). Gold is never moved to meet these.
 * The held-out yuanfeng-2024 has no floor here on purpose: it is measured, never tuned for.
 */
const FLOORS = [
  { document: 'boshan-2023', f1: 0.95, fields: 0.9 },
  { document: 'qinglan-2023', f1: 0.9, fields: null },
  // the development reports: written without sight of the rules, then used to improve them
  { document: 'yunwu-2023', f1: 0.95, fields: 0.9 },
  { document: 'qiuchuan-2024', f1: 0.95, fields: 0.9 },
  // the real excerpts (test/fixtures/real/): every one F1 >= 0.95 and every field >= 0.90
  ...[
    '01-shanghe-2023-gongbao', '02-zhengding-2024-gongzuo', '03-gucheng-2020-gongzuo', '04-wuhe-2022-gongbao',
    '05-jingan-2022-gongzuo', '06-jiaocheng-2022-yusuan', '07-qinbei-2024-gongbao', '08-lintao-2024-yusuan',
    '09-hangjinhouqi-2021-gongbao', '10-changji-2023-gongbao', '11-jianchang-2022-gongbao', '12-tiefeng-2024-gongzuo',
    '13-lishu-2019-gongzuo', '14-nankai-2023-yusuan', '15-youyang-2025-jidu', '16-linzhou-2023-xinwen',
  ].map((document) => ({ document, f1: 0.95, fields: 0.9 })),
] as const;

describe.each(FLOORS)('accuracy on $document', ({ document, f1, fields }) => {
  const goldPath = `test/gold/${document}.gold.json`;

  test(`match F1 >= ${f1}${fields === null ? '' : ` and every field >= ${fields}`}`, () => {
    expect(existsSync(goldPath), `${goldPath} is missing`).toBe(true);
    const gold = GoldDocumentSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
    const source = readFileSync(gold.source, 'utf8');
    const result = evaluate(extract(source, { id: gold.document, source: gold.source }), gold, { sourceText: source });
    const report = formatReport(result, { errors: true });
    expect(result.f1, report).toBeGreaterThanOrEqual(f1);
    if (fields !== null) {
      for (const [field, agreement] of Object.entries(result.fields)) {
        expect(agreement.rate ?? 0, `${field}\n${report}`).toBeGreaterThanOrEqual(fields);
      }
    }
  });
});
