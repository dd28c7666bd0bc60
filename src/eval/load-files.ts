import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { ZhibiaoDocumentSchema } from '../schema/document.js';
import { GoldDocumentSchema, type GoldDocument } from '../schema/gold.js';
import type { PredictedSide } from './evaluate.js';

/** The first zod issue as `path: message`, short enough for a one-line error. */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
  return `${where}: ${issue.message}`;
}

/**
 * Reads and parses a JSON file; throws one line naming the file when it cannot.
 *
 * @example
 * readJsonFile('test/gold/boshan-2023.gold.json') // { document: 'boshan-2023', … }
 */
export function readJsonFile(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new Error(`${path}: cannot read file (${reason})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message.split('\n')[0] ?? ''})`);
  }
}

/**
 * Loads a gold file (GoldDocumentSchema); throws one line naming the file when invalid.
 *
 * @example
 * loadGold('test/gold/boshan-2023.gold.json').indicators.length // 120
 */
export function loadGold(path: string): GoldDocument {
  const parsed = GoldDocumentSchema.safeParse(readJsonFile(path));
  if (!parsed.success) throw new Error(`${path}: not a gold file (${firstIssue(parsed.error)})`);
  return parsed.data;
}

/**
 * Loads a predicted file: a zhibiao document, or a gold file (another annotation pass).
 *
 * @example
 * loadPredicted('output/boshan-2023.json').indicators.length // 118
 */
export function loadPredicted(path: string): PredictedSide {
  const json = readJsonFile(path);
  const asDocument = ZhibiaoDocumentSchema.safeParse(json);
  if (asDocument.success) return asDocument.data;
  const asGold = GoldDocumentSchema.safeParse(json);
  if (asGold.success) return asGold.data;
  // Report against the schema the file most likely meant to follow.
  const meant = typeof json === 'object' && json !== null && 'schemaVersion' in json ? asDocument.error : asGold.error;
  throw new Error(`${path}: not a zhibiao document or gold file (${firstIssue(meant)})`);
}

/**
 * Reads the text a gold file annotates. `gold.source` is relative to the repo root: tried
 * from the working directory, then from each folder above the gold file. undefined when
 * not found (the report then has no sentences around misses).
 *
 * @example
 * findSourceText('test/gold/boshan-2023.gold.json', 'corpus/boshan-2023.txt') // '关于博山区…'
 */
export function findSourceText(goldPath: string, source: string): string | undefined {
  const tried = new Set<string>();
  const candidates = [resolve(source)];
  for (let dir = dirname(resolve(goldPath)); !tried.has(dir); dir = dirname(dir)) {
    tried.add(dir);
    candidates.push(resolve(dir, source));
  }
  const found = candidates.find((c) => existsSync(c));
  return found === undefined ? undefined : readFileSync(found, 'utf8');
}
