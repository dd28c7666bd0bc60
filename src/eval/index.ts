export {
  EVAL_FIELDS,
  evaluate,
  fieldValue,
  formatGrowth,
  formatQuantity,
  scores,
  type EvalField,
  type EvalItem,
  type EvalResult,
  type EvaluateOptions,
  type FieldAgreement,
  type FieldDisagreement,
  type MatchedPair,
  type PredictedSide,
} from './evaluate.js';
export { formatRate, formatReport, formatSummary, markdownTable, poolResults, type ReportOptions } from './format-report.js';
export { findSourceText, loadGold, loadPredicted, readJsonFile } from './load-files.js';
export { compareNames, JARO_WINKLER_THRESHOLD, NAME_MATCH_LEGEND, type NameMatch } from './name-match.js';
export { runEvalCommand } from './run-eval-command.js';
export { sentenceAround } from './sentence-around.js';
export { nearlyEqual, quantityKey, resolveUnit, sameQuantity, type QuantityKey } from './unit-key.js';
export { evalAll, type EvalAllOptions, type EvalAllResult } from './eval-all.js';
export { passAgreement, type PassAgreement, type PassAgreementOptions, type PassAgreementResult } from './agreement.js';
