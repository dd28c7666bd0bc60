import { expect, test } from 'vitest';
import { toSimplifiedView } from '../../src/io/traditional.js';
import { sourceScript } from '../../src/normalize/source-script.js';
import { extract } from '../../src/pipeline.js';

test('text of the simplified view goes back into the report script, character by character', () => {
  const back = sourceScript('地區生產總值增長6.9%', '地区生产总值增长6.9%');
  expect(back('地区生产总值')).toBe('地區生產總值');
  expect(back('增长率')).toBe('增長率');
  // counter-example: a simplified report is left as it is
  expect(sourceScript('地区生产总值', null)('地区生产总值')).toBe('地区生产总值');
});

test('a traditional report gives names, units and titles in its own script', () => {
  const source = '2023年某縣國民經濟和社會發展統計公報\n一、綜合\n全年實現地區生產總值620.77億元,比上年增長6.9%。';
  expect(toSimplifiedView(source)).not.toBeNull();
  const doc = extract(source);
  expect(doc.document.title).toBe('2023年某縣國民經濟和社會發展統計公報');
  expect(doc.indicators[0]).toMatchObject({ name: '地區生產總值', unit: '億元', canonical: 'gdp', value: 620.77 });
});
