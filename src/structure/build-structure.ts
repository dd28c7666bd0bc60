import type { DocumentStructure, Paragraph, SectionNode, Sentence } from './types.js';
import { findHeadings, type HeadingMatch } from './find-headings.js';
import { findTitle } from './preamble.js';
import { HEADING_YEAR, RESULTS_ONLY_TITLE, partOfTitle } from './rules/parts.js';
import { sectionAtIn } from './section-at.js';
import { clauseRanges, paragraphRanges, sentenceRanges } from './split-sentences.js';

type Part = SectionNode['part'];

interface Draft {
  id: string;
  parentId: string | null;
  level: number;
  ordinal: string;
  title: string;
  headingRange: SectionNode['headingRange'];
  start: number;
  end: number;
  year: number | null;
  part: Part;
  childCount: number;
}

/**
 * Levels are relative: the heading styles present in the document, in their conventional
 * order, become levels 1, 2, 3… — so a report without 第一部分 starts at 一、, and one
 * without 一、 starts at （一）. (Order of first appearance would let a 1. list in the
 * preamble outrank every 一、 heading after it.)
 */
function levelsByRank(headings: readonly HeadingMatch[]): Map<number, number> {
  const ranks = [...new Set(headings.map((h) => h.rank))].sort((a, b) => a - b);
  return new Map(ranks.map((rank, i) => [rank, i + 1]));
}

function buildSections(text: string, headings: readonly HeadingMatch[], defaultPart: Part): SectionNode[] {
  const levels = levelsByRank(headings);
  const drafts: Draft[] = [];
  const open: Draft[] = [];
  let topCount = 0;
  for (const h of headings) {
    const level = levels.get(h.rank) ?? 1;
    while (open.length > 0 && (open[open.length - 1] as Draft).level >= level) {
      (open.pop() as Draft).end = h.headingRange.start;
    }
    const parent = open[open.length - 1] ?? null;
    const id = parent ? `${parent.id}.${++parent.childCount}` : `s${++topCount}`;
    const yearMatch = HEADING_YEAR.exec(h.title);
    const draft: Draft = {
      id,
      parentId: parent?.id ?? null,
      level,
      ordinal: h.ordinal,
      title: h.title,
      headingRange: h.headingRange,
      start: h.headingRange.start,
      end: text.length,
      year: yearMatch ? Number(yearMatch[1]) : (parent?.year ?? null),
      part: partOfTitle(h.title) ?? parent?.part ?? defaultPart,
      childCount: 0,
    };
    drafts.push(draft);
    open.push(draft);
  }
  return drafts.map((d) => ({
    id: d.id,
    parentId: d.parentId,
    level: d.level,
    ordinal: d.ordinal,
    title: d.title,
    headingRange: d.headingRange,
    range: { start: d.start, end: d.end },
    year: d.year,
    part: d.part,
  }));
}

/**
 * Splits a normalised report into its preamble title, heading tree, paragraphs, sentences
 * and clauses. Every range indexes `text`; text before the first heading has sectionId null.
 *
 * @example
 * const s = buildStructure('2023年统计公报\n一、综合\n全年实现地区生产总值282亿元，增长6%。');
 * s.title; // '2023年统计公报'
 * s.sections[0]; // { id: 's1', level: 1, ordinal: '一', title: '综合', part: 'results', … }
 * s.sentences[2].clauses.length; // 2
 */
export function buildStructure(text: string): DocumentStructure {
  const headings = findHeadings(text);
  const firstHeading = headings[0]?.headingRange.start ?? text.length;
  const found = findTitle(text, firstHeading);
  const defaultPart: Part = found && RESULTS_ONLY_TITLE.test(found.title) ? 'results' : null;
  const sections = buildSections(text, headings, defaultPart);
  const idAt = (offset: number): string | null => sectionAtIn(sections, offset)?.id ?? null;

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const range of paragraphRanges(text)) {
    paragraphs.push({ range, sectionId: idAt(range.start) });
    for (const s of sentenceRanges(text, range)) {
      sentences.push({ range: s, sectionId: idAt(s.start), clauses: clauseRanges(text, s) });
    }
  }
  return {
    title: found?.title ?? null,
    titleRange: found?.range ?? null,
    sections,
    paragraphs,
    sentences,
  };
}
