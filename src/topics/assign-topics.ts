import type { Topic } from '../schema/document.js';
import type { SectionNode } from '../structure/types.js';
import { scoreTopics } from './classify-topic.js';
import { overviewCue } from './overview-cues.js';

/** How much of a section's body, after its heading, the classifier reads. */
const BODY_CHARS = 100;

/**
 * Gives every section a topic: year-summary headings are 'overview'; the others go to the
 * classifier with their title and the first 100 characters of their body. A section whose
 * words point nowhere takes its parent's topic. Sections must be in document order.
 *
 * @example
 * assignTopics(text, structure.sections).map((s) => s.topic);
 * // ['overview', 'industry', 'livelihood', 'agriculture', 'culture_tourism', 'environment', …]
 */
export function assignTopics(text: string, sections: readonly SectionNode[]): SectionNode[] {
  const topics = new Map<string, Topic>();
  return sections.map((section) => {
    let topic: Topic;
    if (overviewCue(section.title, section.parentId === null) !== null) {
      topic = 'overview';
    } else {
      const bodyEnd = Math.min(section.range.end, section.headingRange.end + BODY_CHARS);
      const body = text.slice(section.headingRange.end, bodyEnd);
      const best = scoreTopics(body, section.title)[0];
      const inherited = section.parentId === null ? undefined : topics.get(section.parentId);
      topic = best && best.score > 0 ? best.topic : (inherited ?? 'overview');
    }
    topics.set(section.id, topic);
    return { ...section, topic };
  });
}
