import { z } from 'zod';
import { ZhibiaoDocumentSchema } from '../schema/document.js';

/**
 * A consistency finding about one or more indicators (written by the checks stage, issue 12):
 * `expected` and `found` are whatever the check compares — a number, a sum, a phrase — so the
 * page shows them as written. Extra fields (a message, a rule) are kept and shown too.
 */
export const CheckSchema = z.looseObject({
  id: z.string(),
  indicatorIds: z.array(z.string()),
  expected: z.unknown().optional(),
  found: z.unknown().optional(),
  severity: z.string(),
  message: z.string().optional(),
});
export type Check = z.infer<typeof CheckSchema>;

/**
 * What a review page is made from: a document as `extract --keep-text` writes it — the text is
 * required, because every highlight is a slice of it — plus the consistency `checks` when the
 * document has them.
 */
export const ReviewDocumentSchema = ZhibiaoDocumentSchema.extend({
  text: z.string(),
  checks: z.array(CheckSchema).optional(),
});
export type ReviewDocument = z.infer<typeof ReviewDocumentSchema>;

/**
 * The first place where a document's spans and its text disagree, or null when every indicator,
 * unclaimed number and section lies inside the text and every slice reads as recorded. A page
 * built from spans that do not fit its text would highlight the wrong characters.
 *
 * @example
 * spanMismatch({ ...doc, text: '' }); // 'indicator boshan-2023:1: span 337–357 is outside the text (0 characters)'
 */
export function spanMismatch(doc: ReviewDocument): string | null {
  const length = doc.text.length;
  const outside = (what: string, span: { start: number; end: number }): string | null =>
    span.end > length ? `${what}: span ${span.start}–${span.end} is outside the text (${length} characters)` : null;
  for (const indicator of doc.indicators) {
    const problem = outside(`indicator ${indicator.id}`, indicator.span);
    if (problem) return problem;
    if (doc.text.slice(indicator.span.start, indicator.span.end) !== indicator.text) {
      return `indicator ${indicator.id}: the text at ${indicator.span.start}–${indicator.span.end} is not "${indicator.text}"`;
    }
  }
  for (const number of doc.unclaimed) {
    const problem = outside(`unclaimed "${number.text}"`, number.span);
    if (problem) return problem;
  }
  for (const section of doc.sections) {
    const problem = outside(`section ${section.id}`, section.span);
    if (problem) return problem;
  }
  for (const warning of doc.warnings) {
    const problem = warning.span ? outside(`warning ${warning.code}`, warning.span) : null;
    if (problem) return problem;
  }
  return null;
}
