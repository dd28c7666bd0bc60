import type { Region, ReportYearSource } from '../schema/document.js';
import type { DocumentStructure } from '../structure/types.js';
import { findDateLine } from '../structure/preamble.js';
import { findRegion } from './find-region.js';
import { reportYear } from './report-year.js';
import { unlistedPlace } from './unlisted-place.js';

/** What a report says about itself: its title, the place it covers and the year it reviews. */
export interface DocumentMetadata {
  readonly title: string | null;
  readonly region: Region;
  readonly reportYear: number | null;
  readonly reportYearFrom: ReportYearSource | null;
}

/**
 * Reads the title, region (GB/T 2260) and report year of a normalised report.
 *
 * @example
 * extractMetadata(seed, buildStructure(seed));
 * // { title: '关于博山区2023年…的报告', region: { name: '博山区', code: '370304', parent: '淄博市' }, reportYear: 2023 }
 */
export function extractMetadata(text: string, structure: DocumentStructure, fileName: string | null = null): DocumentMetadata {
  const preambleEnd = structure.sections[0]?.range.start ?? text.length;
  const dateLine = findDateLine(text, preambleEnd);
  const year = reportYear({ title: structure.title, dateLine, structure, text, fileName });
  return {
    title: structure.title,
    region: findRegion(text, structure.title, preambleEnd) ?? unlistedPlace(structure.title, text.slice(0, preambleEnd)),
    reportYear: year.year,
    reportYearFrom: year.from,
  };
}
