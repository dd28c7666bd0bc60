import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Topic } from '../../src/schema/document.js';
import { TopicSchema } from '../../src/schema/document.js';
import { buildStructure } from '../../src/structure/build-structure.js';
import { assignTopics } from '../../src/topics/assign-topics.js';
import { classifyTopic, scoreTopics, topicFeatures } from '../../src/topics/classify-topic.js';
import { OVERVIEW_CUES, overviewCue } from '../../src/topics/overview-cues.js';
import { TOPIC_EXAMPLES } from '../../src/topics/training-data.js';

const seed = readFileSync(new URL('../../corpus/boshan-2023.txt', import.meta.url), 'utf8');

describe('seed sections', () => {
  const sections = assignTopics(seed, buildStructure(seed).sections);
  const topicOf = (id: string): Topic | undefined => sections.find((s) => s.id === id)?.topic;
  test.each<[string, Topic[]]>([
    ['s1', ['overview']],
    ['s1.1', ['industry']],
    ['s1.2', ['livelihood', 'health']],
    ['s1.3', ['agriculture']],
    ['s1.4', ['culture_tourism']],
    ['s1.5', ['environment', 'urban']],
    ['s2', ['overview']],
    ['s2.1', ['industry']],
    ['s2.3', ['agriculture']],
    ['s2.4', ['culture_tourism']],
    ['s2.5', ['environment', 'urban']],
  ])('%s → %j', (id, allowed) => {
    expect(allowed).toContain(topicOf(id));
  });
  test('every section gets a valid topic and keeps its other fields', () => {
    const plain = buildStructure(seed).sections;
    expect(sections).toHaveLength(plain.length);
    sections.forEach((s, i) => {
      expect(TopicSchema.safeParse(s.topic).success).toBe(true);
      expect({ ...s, topic: undefined }).toEqual({ ...plain[i], topic: undefined });
    });
  });
});

/** Headings written differently from every training example; the brief's examples first. */
const heldOut: readonly [string, readonly Topic[]][] = [
  ['（三）财政金融', ['finance']],
  ['七、教育和科技', ['education']],
  ['四、固定资产投资', ['investment']],
  ['五、对外经济', ['trade']],
  ['八、人口、就业和社会保障', ['employment', 'livelihood']],
  ['（二）税收收入较快增长', ['finance']],
  ['（一）粮食生产再获丰收', ['agriculture']],
  ['（四）规上工业提速增效', ['industry']],
  ['（五）消费市场回暖向好', ['trade']],
  ['（六）医疗卫生服务水平提高', ['health']],
  ['（七）学前教育和义务教育', ['education']],
  ['（八）旅游市场持续火爆', ['culture_tourism']],
  ['（九）大气和水环境质量改善', ['environment']],
  ['（十）交通路网更加完善', ['urban']],
  ['（十一）城镇新增就业', ['employment']],
  ['（十二）深化“放管服”改革', ['governance']],
  ['（十三）兜底保障困难群众', ['livelihood']],
  ['（十四）招商引资和项目建设', ['investment']],
  ['（十五）平安建设', ['governance']],
  ['（十六）畜牧业和渔业', ['agriculture']],
];

describe('held-out headings', () => {
  const title = (h: string): string => h.replace(/^[（(]?[一二三四五六七八九十]+[）)、]/, '');
  test('none of them is a training heading', () => {
    const trainingHeadings = new Set(TOPIC_EXAMPLES.map((ex) => ex.text.split('。')[0]));
    for (const [h] of heldOut) expect(trainingHeadings.has(title(h))).toBe(false);
  });
  test('at least 80% land in an expected topic', () => {
    const misses = heldOut.filter(([h, allowed]) => !allowed.includes(classifyTopic(title(h))));
    expect(1 - misses.length / heldOut.length, `missed: ${misses.map(([h]) => h).join(' ')}`).toBeGreaterThanOrEqual(0.8);
  });
});

describe('assignTopics on a communiqué', () => {
  const text = '2023年统计公报\n一、综合\n全年地区生产总值282亿元。\n二、农业\n粮食总产量2.1万吨。\n三、卫生和社会服务\n年末共有医疗卫生机构320个。';
  test('综合 is overview; the rest by classifier', () => {
    const topics = assignTopics(text, buildStructure(text).sections).map((s) => s.topic);
    expect(topics).toEqual(['overview', 'agriculture', 'health']);
  });
  test('a section whose words point nowhere takes its parent topic', () => {
    const t = '一、农业\n粮食丰收。\n（一）其他\n略。';
    expect(assignTopics(t, buildStructure(t).sections).map((s) => s.topic)).toEqual(['agriculture', 'agriculture']);
  });
});

describe('overview cues', () => {
  const rows = OVERVIEW_CUES.flatMap((cue) => [
    ...cue.examples.map((title) => ({ id: cue.id, title, hit: true })),
    ...cue.counterExamples.map((title) => ({ id: cue.id, title, hit: false })),
  ]);
  test.each(rows)('$id on "$title" → $hit', ({ id, title, hit }) => {
    expect(overviewCue(title, true) === id).toBe(hit);
  });
  test('year-summary cue is for top-level headings only', () => {
    expect(overviewCue('2024年工作安排', false)).toBeNull();
  });
});

describe('classifier', () => {
  test('training data covers every topic with at least 8 examples', () => {
    for (const topic of TopicSchema.options) {
      expect(TOPIC_EXAMPLES.filter((ex) => ex.topic === topic).length).toBeGreaterThanOrEqual(8);
    }
  });
  test('features keep Chinese words and split long ones', () => {
    const f = topicFeatures('财政金融运行平稳，增长5%。');
    expect(f).toEqual(expect.arrayContaining(['财政金融', '财政', '金融', '平稳']));
    expect(f.some((w) => /[\d%，。]/.test(w))).toBe(false);
  });
  test('scores are sorted and bounded', () => {
    const scores = scoreTopics('新建高标准农田2万亩', '农业生产');
    expect(scores[0]?.topic).toBe('agriculture');
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(scores[i]?.score ?? 0);
    expect(scores.every((s) => s.score >= 0 && s.score <= 1 + 1e-9)).toBe(true);
  });
  test.each([[''], ['123，。'], ['abc 2023']])('nothing to go on (%j) → overview', (text) => {
    expect(classifyTopic(text)).toBe('overview');
  });
});
