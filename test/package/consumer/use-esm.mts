// A consumer's ES module: every library entry point, typed against the installed package's
// declarations (tsc --noEmit in pack-install.test.ts) and run with Node. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { extract, extractAll, extractFile, InputError, type ExtractResult, type ZhibiaoDocument } from 'zhibiao';

const [seed, docx, missing] = process.argv.slice(2) as [string, string, string];

const fromText: ZhibiaoDocument = extract(readFileSync(seed, 'utf8'), { id: 'seed' });
const fromFile: ZhibiaoDocument = await extractFile(seed);
const fromDocx: ZhibiaoDocument = await extractFile(docx);

let bufferError = '';
try {
  extract(readFileSync(seed) as unknown as string);
} catch (error) {
  bufferError = `${(error as Error).name}: ${(error as Error).message}`;
}

let missingError = '';
try {
  await extractFile(missing);
} catch (error) {
  missingError = error instanceof InputError ? `InputError: ${error.message}` : String(error);
}

const batch: ExtractResult[] = [];
for await (const result of extractAll([seed, docx, missing], { jobs: 2 })) batch.push(result);

console.log(
  JSON.stringify({
    textIndicators: fromText.indicators.map((i) => i.name),
    textFormat: fromText.document.format,
    fileIndicators: fromFile.indicators.length,
    fileFormat: fromFile.document.format,
    fileEncoding: fromFile.document.encoding,
    docxFormat: fromDocx.document.format,
    docxIndicators: fromDocx.indicators.length,
    bufferError,
    missingError,
    batch: batch.map((r) => (r.ok ? { ok: true, file: r.file, id: r.document.document.id, indicators: r.document.indicators.length } : r)),
  }),
);
