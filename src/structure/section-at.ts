import type { TextRange } from '../quantity/types.js';
import type { DocumentStructure, SectionNode, Sentence } from './types.js';

/** Index of the last item whose range starts at or before `offset`, or -1 (items sorted by start). */
function lastStartingAtOrBefore(items: readonly { readonly range: TextRange }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { range: TextRange }).range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

const parentMaps = new WeakMap<readonly SectionNode[], Map<string, SectionNode>>();

function byId(sections: readonly SectionNode[]): Map<string, SectionNode> {
  let map = parentMaps.get(sections);
  if (!map) {
    map = new Map(sections.map((s) => [s.id, s]));
    parentMaps.set(sections, map);
  }
  return map;
}

/**
 * The innermost section containing `offset`, or null before the first heading. Sections
 * must be in document order (as buildStructure returns them); O(log n + depth).
 *
 * @example
 * sectionAtIn(structure.sections, 900)?.id; // 's1.1'
 */
export function sectionAtIn(sections: readonly SectionNode[], offset: number): SectionNode | null {
  const i = lastStartingAtOrBefore(sections, offset);
  let node = i >= 0 ? sections[i] : undefined;
  // the nearest heading before the offset may be a sibling's last descendant that already ended
  while (node && offset >= node.range.end) {
    node = node.parentId === null ? undefined : byId(sections).get(node.parentId);
  }
  return node ?? null;
}

/**
 * The innermost section of the structure that contains an offset of the normalised text.
 *
 * @example
 * sectionAt(buildStructure('一、综合\n全年实现…'), 6)?.title; // '综合'
 */
export function sectionAt(structure: DocumentStructure, offset: number): SectionNode | null {
  return sectionAtIn(structure.sections, offset);
}

/**
 * The sentence containing an offset, or null when the offset falls between sentences.
 *
 * @example
 * sentenceAt(buildStructure('甲增长5%。乙下降2%。'), 7)?.range; // { start: 6, end: 12 }
 */
export function sentenceAt(structure: DocumentStructure, offset: number): Sentence | null {
  const i = lastStartingAtOrBefore(structure.sentences, offset);
  const s = i >= 0 ? structure.sentences[i] : undefined;
  return s && offset < s.range.end ? s : null;
}
