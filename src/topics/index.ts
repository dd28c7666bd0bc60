export { assignTopics } from './assign-topics.js';
export { classifyTopic, scoreTopics, topicFeatures, type TopicScore } from './classify-topic.js';
export { OVERVIEW_CUES, overviewCue, type OverviewCue } from './overview-cues.js';
export { TOPIC_EXAMPLES, type TopicExample } from './training-data.js';
