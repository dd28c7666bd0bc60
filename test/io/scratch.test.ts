import { test } from 'vitest';
import { loadDocument } from '../../src/io/index.js';
test('scratch', async () => {
  for (const f of ['boshan.html','boshan.docx','boshan.pdf']) {
    const d = await loadDocument('test/fixtures/inputs/' + f); console.log(f, JSON.stringify(d.text.slice(-420)));
  }
  const d = await loadDocument('test/fixtures/inputs/boshan.pdf'); console.log(d.text.slice(0, 1500));
}, 30000);
