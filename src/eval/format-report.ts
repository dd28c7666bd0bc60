import {
  EVAL_FIELDS,
  formatQuantity,
  scores,
  type EvalField,
  type EvalItem,
  type EvalResult,
  type FieldAgreement,
} from './evaluate.js';
import { NAME_MATCH_KINDS, NAME_MATCH_LEGEND } from './name-match.js';

export interface ReportOptions {
  /** List every false positive, miss and field disagreement after the tables. */
  readonly errors: boolean;
}

/**
 * A rate with three decimals; `—` when undefined (no matched pairs).
 *
 * @example
 * formatRate(0.8666) // '0.867'
 * formatRate(null)   // '—'
 */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : rate.toFixed(3);
}

/**
 * Markdown table with columns padded to the widest cell, so it also reads as plain text.
 *
 * @example
 * markdownTable(['match', 'P'], [['12', '0.800']])
 * // '| match | P     |\n|-------|-------|\n| 12    | 0.800 |'
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function spanLabel(item: EvalItem): string {
  return `[${item.span.start},${item.span.end})`;
}

function errorLine(item: EvalItem, provenance: string): string {
  const head = `- ${spanLabel(item)} ${item.text} | ${formatQuantity(item)} | ${provenance}`;
  return item.sentence === null ? head : `${head}\n    ${item.sentence}`;
}

/**
 * The report `zhibiao eval` prints: the match table (P, R, F1), one agreement line per
 * field, the name legend, and with `errors` every false positive, miss and disagreement.
 *
 * @example
 * formatReport(evaluate(predicted, gold), { errors: false })
 * // '# boshan-2023\n\n| match | gold | predicted | P | R | F1 |\n…'
 */
export function formatReport(result: EvalResult, options: ReportOptions): string {
  const { counts } = result;
  const out: string[] = [`# ${result.document}`, ''];
  out.push(
    markdownTable(
      ['match', 'gold', 'predicted', 'P', 'R', 'F1'],
      [
        [
          String(counts.matched),
          String(counts.gold),
          String(counts.predicted),
          formatRate(result.precision),
          formatRate(result.recall),
          formatRate(result.f1),
        ],
      ],
    ),
    '',
  );
  out.push(
    markdownTable(
      ['field', 'agreement', 'rate'],
      EVAL_FIELDS.map((field) => {
        const f = result.fields[field];
        return [field, `${f.agree}/${f.total}`, formatRate(f.rate)];
      }),
    ),
    '',
  );
  out.push(
    'name agrees when (counts on the matched pairs):',
    ...NAME_MATCH_KINDS.map((kind) => `- ${kind}: ${NAME_MATCH_LEGEND[kind]} (${result.nameMatches[kind]})`),
  );
  if (options.errors) out.push('', ...errorSections(result));
  return `${out.join('\n')}\n`;
}

function errorSections(result: EvalResult): string[] {
  const out: string[] = [];
  out.push(`## false positives (${result.falsePositives.length})`);
  for (const item of result.falsePositives) {
    out.push(errorLine(item, item.ruleId === null ? `note ${item.note ?? '—'}` : `rule ${item.ruleId}`));
  }
  out.push('', `## misses (${result.misses.length})`);
  for (const item of result.misses) out.push(errorLine(item, `note ${item.note ?? '—'}`));
  out.push('', `## disagreements (${result.disagreements.length})`);
  for (const field of EVAL_FIELDS) {
    const rows = result.disagreements.filter((d) => d.field === field);
    if (rows.length === 0) continue;
    out.push('', `### ${field} (${rows.length})`);
    for (const d of rows) {
      out.push(`- ${spanLabel(d.gold)} ${d.gold.text} | gold ${d.goldValue} | predicted ${d.predictedValue}`);
    }
  }
  return out;
}

/**
 * One row per document and a pooled `all` row (counts summed before dividing): items in
 * gold and predicted, P, R, F1, and each field's agreement rate.
 *
 * @example
 * formatSummary([boshanResult, qinglanResult])
 * // '| document | gold | pred | P | R | F1 | name | growth | … |\n…'
 */
export function formatSummary(results: readonly EvalResult[]): string {
  const row = (label: string, r: Pick<EvalResult, 'counts' | 'precision' | 'recall' | 'f1' | 'fields'>): string[] => [
    label,
    String(r.counts.gold),
    String(r.counts.predicted),
    formatRate(r.precision),
    formatRate(r.recall),
    formatRate(r.f1),
    ...EVAL_FIELDS.map((field) => formatRate(r.fields[field].rate)),
  ];
  const rows = results.map((r) => row(r.document, r));
  if (results.length > 1) rows.push(row('all', poolResults(results)));
  return markdownTable(['document', 'gold', 'pred', 'P', 'R', 'F1', ...EVAL_FIELDS], rows);
}

/**
 * Micro-averaged totals over several documents.
 *
 * @example
 * poolResults([a, b]).counts // { gold: 240, predicted: 230, matched: 200 }
 */
export function poolResults(
  results: readonly EvalResult[],
): Pick<EvalResult, 'counts' | 'precision' | 'recall' | 'f1' | 'fields'> {
  const sum = (pick: (r: EvalResult) => number): number => results.reduce((acc, r) => acc + pick(r), 0);
  const counts = {
    gold: sum((r) => r.counts.gold),
    predicted: sum((r) => r.counts.predicted),
    matched: sum((r) => r.counts.matched),
  };
  const fields = {} as Record<EvalField, FieldAgreement>;
  for (const field of EVAL_FIELDS) {
    const agree = sum((r) => r.fields[field].agree);
    const total = sum((r) => r.fields[field].total);
    fields[field] = { agree, total, rate: total === 0 ? null : agree / total };
  }
  return { counts, ...scores(counts.matched, counts.predicted, counts.gold), fields };
}
