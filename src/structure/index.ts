export { buildStructure } from './build-structure.js';
export { sectionAt, sentenceAt, sectionAtIn } from './section-at.js';
export { findHeadings, matchHeading, splitLines, type HeadingMatch, type Line } from './find-headings.js';
export { findDateLine, findTitle, type DateLine } from './preamble.js';
export { paragraphRanges, sentenceRanges, clauseRanges, trimRange } from './split-sentences.js';
export { HEADING_RULES, type HeadingRule } from './rules/headings.js';
export { PART_CUES, partOfTitle, type PartCue } from './rules/parts.js';
export type { DocumentStructure, SectionNode, Paragraph, Sentence } from './types.js';
