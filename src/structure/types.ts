import type { Topic } from '../schema/document.js';
import type { TextRange } from '../quantity/types.js';

/** A heading-delimited part of the report. Ranges are in the NORMALIZED text. */
export interface SectionNode {
  /** Hierarchical id: s1, s1.2, s1.2.3 (by order of appearance under the parent). */
  readonly id: string;
  readonly parentId: string | null;
  readonly level: number;
  /** As written: 一, （一）, 1, （1）, 第一部分 */
  readonly ordinal: string;
  readonly title: string;
  /** The heading's own characters (ordinal + title). */
  readonly headingRange: TextRange;
  /** From the heading start to the start of the next heading of the same or higher level. */
  readonly range: TextRange;
  /** Year named in the heading (2023 in 一、2023年国民经济…执行情况), or inherited from the parent. */
  readonly year: number | null;
  /** 'results' (执行情况, 回顾, 过去一年), 'plan' (计划安排, 目标, 工作安排, 2024年…) or null. */
  readonly part: 'results' | 'plan' | null;
  topic?: Topic;
}

export interface Paragraph {
  readonly range: TextRange;
  readonly sectionId: string | null;
}

export interface Sentence {
  readonly range: TextRange;
  readonly sectionId: string | null;
  /** Clause boundaries inside the sentence (split at ，；：、 where a clause ends). */
  readonly clauses: readonly TextRange[];
}

export interface DocumentStructure {
  readonly title: string | null;
  readonly titleRange: TextRange | null;
  readonly sections: readonly SectionNode[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}
