import { createHash } from 'node:crypto';
import { checkDocument } from './checks/check-document.js';
import { extractIndicators, type IndicatorDraft, type UnclaimedDraft } from './extract/indicators.js';
import { tableIndicators } from './extract/table-indicators.js';
import { shareListUnits } from './extract/unit-of.js';
import { toSimplifiedView } from './io/traditional.js';
import { sourceScript, type ToSourceScript } from './normalize/source-script.js';
import { extractMetadata } from './metadata/index.js';
import { normalizeText, toSourceRange, type NormalizedText } from './normalize/normalize.js';
import { recognizeQuantities } from './quantity/index.js';
import type { QuantityMention, TextRange } from './quantity/types.js';
import {
  ZhibiaoDocumentSchema,
  type Indicator,
  type InputFormat,
  type Section,
  type Unclaimed,
  type Warning,
  type ZhibiaoDocument,
} from './schema/document.js';
import { buildStructure } from './structure/build-structure.js';
import { findTextTables } from './structure/tables.js';
import { canonicalKey } from './taxonomy/canonical.js';
import { assignTopics } from './topics/assign-topics.js';

/** What the caller knows about the text it hands to {@link extract}. */
export interface ExtractOptions {
  /** Document id; defaults to the sha256 prefix of the text. */
  readonly id?: string;
  /** Path of the input file, as given. */
  readonly source?: string | null;
  /** sha256 of the raw input bytes (the text's own hash when not given). */
  readonly sha256?: string | null;
  /** Encoding the bytes were decoded from. */
  readonly encoding?: string;
  /** Input format the text was read from; `txt` when not given. */
  readonly format?: InputFormat;
  /** Keep the decoded text in the output so spans can be checked. */
  readonly keepText?: boolean;
  /** Problems found before extraction (bytes replaced while decoding), kept in the document's warnings. */
  readonly warnings?: readonly Warning[];
}

/**
 * Longest `sentence` an indicator stores, in UTF-16 units. A report sentence is rarely over
 * 200; a text without sentence ends (a table pasted as one line, or hostile input) would
 * otherwise store its whole length once per indicator — quadratic output. Longer sentences
 * keep a window around the indicator, with `…` where they were cut.
 */
export const MAX_SENTENCE_CHARS = 400;

/**
 * The sentence an indicator stores: whole when short, else a window of about
 * MAX_SENTENCE_CHARS centred on the indicator (which is itself kept whole).
 *
 * @example
 * clipSentence('甲'.repeat(1000) + '增长6%' + '乙'.repeat(1000), { start: 1000, end: 1004 }, { start: 0, end: 2004 });
 * // '…甲甲…甲增长6%乙…乙乙…' (about 400 characters)
 */
export function clipSentence(source: string, span: TextRange, sentence: TextRange): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE_CHARS) return source.slice(sentence.start, sentence.end);
  const margin = Math.max(0, Math.floor((MAX_SENTENCE_CHARS - (span.end - span.start)) / 2));
  let start = Math.max(sentence.start, span.start - margin);
  let end = Math.min(sentence.end, span.end + margin);
  // never split a surrogate pair at a cut
  if (start > sentence.start && /[\udc00-\udfff]/.test(source[start] ?? '')) start -= 1;
  if (end < sentence.end && /[\ud800-\udbff]/.test(source[end - 1] ?? '')) end += 1;
  return `${start > sentence.start ? '…' : ''}${source.slice(start, end)}${end < sentence.end ? '…' : ''}`;
}

/** Every number an indicator would store, so one beyond float range (a 320-digit figure) is caught before the schema. */
function numbersOf(d: IndicatorDraft): number[] {
  const q = d.quantity;
  const n = q?.normalized;
  return [q?.value ?? 0, q?.valueHigh ?? 0, n?.value ?? 0, n?.valueHigh ?? 0, n?.squareMetres ?? 0, d.growth?.value ?? 0];
}

function isStorable(d: IndicatorDraft): boolean {
  return numbersOf(d).every((x) => Number.isFinite(x));
}

/** The numbers of an indicator that cannot be stored, as unclaimed with reason `too_large`. */
function tooLargeUnclaimed(d: IndicatorDraft): UnclaimedDraft[] {
  const tokens = [...(d.quantity?.numbers ?? []), ...(d.growth?.quantity.numbers ?? [])];
  return tokens.map((t) => ({ range: t.range, reason: 'too_large', ruleId: 'number-beyond-float-range' }));
}

/**
 * The stages, in order. Each is a pure function of what the earlier ones produced; every
 * range stays in the normalised text until {@link toDocument} maps it back to the source.
 */
function runStages(source: string, onPass?: (passId: string) => void, fileName: string | null = null): {
  norm: NormalizedText;
  structure: ReturnType<typeof buildStructure>;
  sections: ReturnType<typeof assignTopics>;
  meta: ReturnType<typeof extractMetadata>;
  drafts: IndicatorDraft[];
  unclaimed: UnclaimedDraft[];
  numbers: number;
  /** Writes names, units and titles of the simplified view back in the report's script. */
  script: ToSourceScript;
} {
  const view = toSimplifiedView(source);
  const norm = normalizeText(source, view); // 1. normalize
  const structure = buildStructure(norm.text); // 2. structure
  const sections = assignTopics(norm.text, structure.sections); // 3. topics
  const meta = extractMetadata(norm.text, structure, fileName); // 4. metadata
  const tables = findTextTables(norm.text); // 5. tables laid out as text
  const quantities = shareListUnits(norm.text, recognizeQuantities(norm.text)); // 6. quantity
  const inTable = (r: TextRange): boolean => tables.some((t) => r.start >= t.range.start && r.end <= t.range.end);
  const fromTables = tableIndicators(norm.text, tables, quantities, structure, meta.reportYear); // 7a. table cells
  const prose = extractIndicators({
    text: norm.text,
    structure,
    quantities: quantities.filter((q) => !inTable(q.range)),
    reportYear: meta.reportYear,
    onPass,
  }); // 7b. prose rules (segmentation happens inside, for clauses that hold numbers)
  const numbers = quantities.reduce((n, q) => n + q.numbers.length, 0);
  return {
    norm,
    structure,
    sections,
    meta,
    drafts: [...prose.indicators, ...fromTables.indicators],
    unclaimed: [...prose.unclaimed, ...fromTables.unclaimed],
    numbers,
    script: sourceScript(source, view),
  };
}

/** The ids of the sentence passes that consumed a figure of `source`, in order (for tests and debugging). */
export function sentencePassTrace(source: string): string[] {
  const fired: string[] = [];
  runStages(source, (id) => fired.push(id));
  return fired;
}

/** 1951.6 × 10000 is 19515999.999999996 in floating point: 15 significant digits say 19516000. */
function round(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15));
}

// Optional fields are set after the object literal, not spread into it: a spread in the
// middle of a literal sends V8 down a generic path that cost ~3 µs per indicator. Key order
// does not matter here, the schema's parse rebuilds every object in schema order.
function normalizedOf(n: NonNullable<QuantityMention['normalized']>): NonNullable<Indicator['normalized']> {
  const out: NonNullable<Indicator['normalized']> = { value: round(n.value), unit: n.unit, dimension: n.dimension };
  if (n.valueHigh !== undefined) out.valueHigh = round(n.valueHigh);
  if (n.squareMetres !== undefined) out.squareMetres = round(n.squareMetres);
  return out;
}

function toIndicator(norm: NormalizedText, script: ToSourceScript, docId: string, d: IndicatorDraft, n: number): Indicator {
  const span = toSourceRange(norm, d.range);
  const sentence = toSourceRange(norm, d.sentence);
  const q = d.quantity;
  let growth: Indicator['growth'] = null;
  if (d.growth) {
    const growthSpan = toSourceRange(norm, d.growth.range);
    growth = {
      value: d.growth.value,
      unit: d.growth.unit,
      basis: d.growth.role.basis,
      text: norm.source.slice(growthSpan.start, growthSpan.end),
    };
    if (q && d.growth.quantity.qualifier) growth.qualifier = d.growth.quantity.qualifier;
  }
  const indicator: Indicator = {
    id: `${docId}:${n}`,
    name: d.name === null ? null : script(d.name),
    canonical: canonicalKey(d.name),
    value: q ? q.value : null,
    unit: q?.unitText ? script(q.unitText) : null,
    normalized: q?.normalized ? normalizedOf(q.normalized) : null,
    growth,
    qualifier: d.qualifier,
    status: d.status,
    period: d.period,
    sectionId: d.sectionId,
    sentence: clipSentence(norm.source, span, sentence),
    span,
    text: norm.source.slice(span.start, span.end),
    ruleId: d.ruleId,
  };
  if (q?.valueHigh !== undefined) indicator.valueHigh = q.valueHigh;
  if (d.subPeriod !== null) indicator.subPeriod = d.subPeriod;
  return indicator;
}

/** extract() reads text; bytes need their encoding found first, which extractFile does. */
function notText(value: unknown): TypeError {
  const what = Buffer.isBuffer(value) ? 'a Buffer' : value instanceof Uint8Array ? 'a Uint8Array' : value === null ? 'null' : `a ${typeof value}`;
  return new TypeError(
    `extract() takes the report's text as a string, not ${what}; to read a file use extractFile(path), which detects its format and encoding`,
  );
}

/**
 * Turns one report's decoded text into the document of CONTRACT §2, validated by its
 * zod schema. Never throws on odd text: problems ride along as `warnings`.
 *
 * @example
 * const doc = extract(readFileSync('corpus/boshan-2023.txt', 'utf8'), { id: 'boshan-2023' });
 * doc.indicators[0]; // { name: '地区生产总值', value: 282, unit: '亿元', growth: { value: 6, unit: '%', … }, … }
 */
export function extract(source: string, options: ExtractOptions = {}): ZhibiaoDocument {
  if (typeof source !== 'string') throw notText(source);
  const sha = options.sha256 ?? createHash('sha256').update(source).digest('hex');
  const docId = options.id ?? sha.slice(0, 12);
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const stages = runStages(source, undefined, options.source ?? null);
  const { norm, meta } = stages;

  const sections: Section[] = stages.sections.map((s) => ({
    id: s.id,
    parentId: s.parentId,
    level: s.level,
    ordinal: s.ordinal,
    title: stages.script(s.title),
    span: toSourceRange(norm, s.range),
    topic: s.topic ?? 'overview',
  }));
  const drafts = stages.drafts.filter(isStorable).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const indicators = drafts.map((d, i) => toIndicator(norm, stages.script, docId, d, i + 1));
  const unclaimed: Unclaimed[] = [...stages.unclaimed, ...stages.drafts.filter((d) => !isStorable(d)).flatMap(tooLargeUnclaimed)]
    .map((u) => {
      const span = toSourceRange(norm, u.range);
      return { text: source.slice(span.start, span.end), span, reason: u.reason, ruleId: u.ruleId };
    })
    .sort((a, b) => a.span.start - b.span.start);
  for (const u of unclaimed) {
    if (u.reason === 'too_large') {
      warnings.push({ code: 'number-too-large', message: `number "${u.text.slice(0, 40)}${u.text.length > 40 ? '…' : ''}" is beyond the range a stored number can hold`, span: u.span, ruleId: u.ruleId });
    } else if (u.reason === 'unknown') {
      warnings.push({ code: 'unplaced-number', message: `number "${u.text}" is not in any indicator and no rule explains it`, span: u.span, ruleId: u.ruleId });
    }
  }
  const claimed = Math.max(0, stages.numbers - unclaimed.length);
  if (indicators.length === 0) warnings.push({ code: 'no-indicators', message: 'no indicators found in the document' });

  const doc: ZhibiaoDocument = {
    schemaVersion: '1',
    document: {
      id: docId,
      source: options.source ?? null,
      sha256: sha,
      encoding: options.encoding ?? 'utf-8',
      format: options.format ?? 'txt',
      title: meta.title === null ? null : stages.script(meta.title),
      region: meta.region,
      reportYear: meta.reportYear,
      ...(meta.reportYearFrom ? { reportYearFrom: meta.reportYearFrom } : {}),
    },
    sections,
    indicators,
    coverage: {
      numbers: stages.numbers,
      claimed,
      ratio: stages.numbers === 0 ? 1 : Math.round((claimed / stages.numbers) * 1000) / 1000,
    },
    unclaimed,
    warnings,
    checks: checkDocument(indicators), // 9. consistency checks (an extension of the contract)
    ...(options.keepText ? { text: source } : {}),
  };
  return ZhibiaoDocumentSchema.parse(doc);
}
