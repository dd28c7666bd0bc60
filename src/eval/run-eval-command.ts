import { evaluate } from './evaluate.js';
import { formatReport } from './format-report.js';
import { findSourceText, loadGold, loadPredicted } from './load-files.js';

/**
 * `zhibiao eval <predicted.json> <gold.json> [--errors]`: validates both files, prints the
 * report to stdout and resolves to the exit code (0). A missing, unparsable or invalid file
 * rejects with a one-line Error naming the file.
 *
 * @example
 * await runEvalCommand('output/boshan-2023.json', 'test/gold/boshan-2023.gold.json', { errors: true }) // 0
 */
export async function runEvalCommand(
  predictedPath: string,
  goldPath: string,
  options: { readonly errors: boolean },
): Promise<number> {
  const predicted = loadPredicted(predictedPath);
  const gold = loadGold(goldPath);
  const text = 'text' in predicted && typeof predicted.text === 'string' ? predicted.text : findSourceText(goldPath, gold.source);
  const result = evaluate(predicted, gold, text === undefined ? {} : { sourceText: text });
  process.stdout.write(formatReport(result, { errors: options.errors }));
  return 0;
}
