import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { REPO } from '../cli/cli-harness.js';

/**
 * Small generated inputs for the reliability suite, one per case of issue 13's list. Each
 * good report is the opening of the seed report made distinct, so every one has its own
 * content (the same bytes twice is a duplicate, which has a test of its own).
 */

let seed: string | null = null;

/** The first lines of the seed report: a title, a preamble and a dozen indicators. */
export async function seedText(): Promise<string> {
  seed ??= (await readFile(join(REPO, 'corpus/boshan-2023.txt'), 'utf8')).split('\n').slice(0, 20).join('\n');
  return seed;
}

/** A good report, distinct per `tag`. */
export async function goodReport(tag: string): Promise<string> {
  return `${await seedText()}\n副本${tag}\n`;
}

export async function scratch(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `zhibiao-${name}-`));
}

export async function put(path: string, data: string | Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
  return path;
}

/** A text of `1%,` repeated: every figure an indicator, no sentence end (quadratic before issue 13). */
export function percentRun(n: number): string {
  return '1%,'.repeat(n);
}

/** One sentence of `length` characters holding a figure every few characters (its context was stored once per indicator). */
export function longSentence(length: number): string {
  const unit = '全区地区生产总值完成282亿元，同比增长6%，';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A .docx of `paragraphs` identical paragraphs: a few KB on disk, its XML ~100 bytes per paragraph once inflated. */
export async function inflatingDocx(paragraphs: number): Promise<Uint8Array> {
  const line = '地区生产总值完成282亿元，同比增长6%。';
  const doc = new Document({ sections: [{ children: Array.from({ length: paragraphs }, () => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** HTML with a report paragraph inside `depth` nested divs (a recursive walk overflowed the stack). */
export async function deepHtml(depth: number): Promise<string> {
  return `<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}<p>${await seedText()}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** The 8-byte OLE2 signature of legacy .doc/.xls files, then filler. */
export function oleFile(): Uint8Array {
  return Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
}
