import type { Topic } from '../schema/document.js';
import { cutWords } from '../segment/jieba.js';
import { TOPIC_EXAMPLES, type TopicExample } from './training-data.js';

/**
 * A TF-IDF profile classifier (one centroid per topic, cosine similarity) over jieba words.
 * Each topic's examples form one document, so a word every topic uses (持续, 推进, 全年)
 * gets idf 0 and only words that tell topics apart count. Chosen over natural's
 * BayesClassifier: it is deterministic, needs no smoothing choices on ~8 examples per
 * topic, and importing natural's index prints dotenv banners to stdout. Swapped in on the
 * same features and examples, natural's BayesClassifier misfiled the seed's
 * （一）产业结构持续优化… section, which these profiles place in industry.
 */

/** Function words and report boilerplate too frequent to mean anything. */
const STOP_WORDS = new Set([
  '的', '和', '与', '及', '了', '在', '是', '等', '为', '对', '把', '将', '并', '也', '其中', '比', '上年',
  '全年', '年末', '全区', '全县', '全市', '我区', '我县', '我市', '方面', '工作', '进一步', '不断', '持续',
]);

const HAN = /[\u3400-\u9fff]/;

/**
 * The features of a text: its jieba words (Chinese only, stop words dropped), plus the
 * character pairs inside words of three or more characters, so 财政金融 still shares
 * 财政 and 金融 with the training text.
 *
 * @example
 * topicFeatures('财政金融运行平稳'); // ['财政金融', '财政', '政金', '金融', '运行', '平稳']
 */
export function topicFeatures(text: string): string[] {
  const out: string[] = [];
  for (const word of cutWords(text)) {
    if (!HAN.test(word) || STOP_WORDS.has(word)) continue;
    out.push(word);
    if (word.length >= 3) for (let i = 0; i + 2 <= word.length; i++) out.push(word.slice(i, i + 2));
  }
  return out;
}

type Vector = Map<string, number>;

interface Model {
  readonly idf: Map<string, number>;
  readonly profiles: readonly { readonly topic: Topic; readonly vector: Vector }[];
}

function counts(words: readonly string[]): Vector {
  const v: Vector = new Map();
  for (const w of words) v.set(w, (v.get(w) ?? 0) + 1);
  return v;
}

function weigh(tf: Vector, idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [w, n] of tf) {
    const x = (1 + Math.log(n)) * (idf.get(w) ?? 0);
    if (x > 0) {
      v.set(w, x);
      norm += x * x;
    }
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

function train(examples: readonly TopicExample[]): Model {
  const byTopic = new Map<Topic, string[]>();
  for (const ex of examples) {
    const words = byTopic.get(ex.topic) ?? [];
    words.push(...topicFeatures(ex.text));
    byTopic.set(ex.topic, words);
  }
  const df = new Map<string, number>();
  for (const words of byTopic.values()) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = byTopic.size;
  const idf = new Map([...df].map(([w, d]) => [w, Math.log(n / d)] as const));
  const profiles = [...byTopic].map(([topic, words]) => ({ topic, vector: weigh(counts(words), idf) }));
  return { idf, profiles };
}

let model: Model | null = null;

/** Trained on first use and kept for the life of the process. */
function getModel(): Model {
  model ??= train(TOPIC_EXAMPLES);
  return model;
}

/** A topic and its cosine similarity to the text, in [0, 1]. */
export interface TopicScore {
  readonly topic: Topic;
  readonly score: number;
}

/**
 * Every topic's similarity to a text, best first. A heading given as `title` counts three times
 * as much as the body, since it names the topic most directly.
 *
 * @example
 * scoreTopics('财政收入稳步增长。')[0]?.topic; // 'finance'
 */
export function scoreTopics(body: string, title = ''): TopicScore[] {
  const { idf, profiles } = getModel();
  const titleWords = topicFeatures(title);
  const words = [...titleWords, ...titleWords, ...titleWords, ...topicFeatures(body)];
  const query = weigh(counts(words), idf);
  const scores = profiles.map(({ topic, vector }) => {
    let dot = 0;
    for (const [w, x] of query) dot += x * (vector.get(w) ?? 0);
    return { topic, score: dot };
  });
  return scores.sort((a, b) => b.score - a.score);
}

/**
 * The topic of a piece of report text (a heading, optionally with the start of its body);
 * 'overview' when no word of it points anywhere.
 *
 * @example
 * classifyTopic('七、教育和科技'); // 'education'
 */
export function classifyTopic(text: string): Topic {
  const best = scoreTopics(text)[0];
  return best && best.score > 0 ? best.topic : 'overview';
}
