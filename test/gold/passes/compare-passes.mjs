// Compare two independent gold annotation passes of one document.
// Usage (from the repo root):
//   node test/gold/passes/compare-passes.mjs [passA.json] [passB.json] [--json]
// Defaults: test/gold/passes/boshan-2023.pass-a.json vs boshan-2023.pass-b.json.
// No dependencies. B is the reference: precision = matched / |A|, recall = matched / |B|.
//
// Matching (CONTRACT §4, docs/annotation.md): two items match when their value and unit are
// equal (growth value and unit where value is null) and their spans overlap. The matching is
// one-to-one: candidate pairs are taken greedily by largest span overlap.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const asJson = process.argv.includes('--json');
const fileA = resolve(args[0] ?? resolve(here, 'boshan-2023.pass-a.json'));
const fileB = resolve(args[1] ?? resolve(here, 'boshan-2023.pass-b.json'));
const A = JSON.parse(readFileSync(fileA, 'utf8')).indicators;
const B = JSON.parse(readFileSync(fileB, 'utf8')).indicators;

const key = (x) => (x.value != null
  ? `v:${x.value}|${x.unit ?? ''}`
  : `g:${x.growth?.value ?? ''}|${x.growth?.unit ?? ''}`);
const overlap = (x, y) => Math.min(x.span.end, y.span.end) - Math.max(x.span.start, y.span.start);

// candidate pairs, best overlap first
const cands = [];
A.forEach((a, i) => B.forEach((b, j) => {
  const o = overlap(a, b);
  if (o > 0 && key(a) === key(b)) cands.push({ i, j, o });
}));
cands.sort((p, q) => q.o - p.o || p.i - q.i || p.j - q.j);
const usedA = new Set(), usedB = new Set(), pairs = [];
for (const c of cands) {
  if (usedA.has(c.i) || usedB.has(c.j)) continue;
  usedA.add(c.i); usedB.add(c.j); pairs.push([A[c.i], B[c.j]]);
}
pairs.sort((p, q) => p[1].span.start - q[1].span.start);
const onlyA = A.filter((_, i) => !usedA.has(i));
const onlyB = B.filter((_, j) => !usedB.has(j));

// fields compared on matched pairs (the scored fields + the growth parts separately)
const FIELDS = {
  name: (x) => x.name,
  value: (x) => x.value,
  valueHigh: (x) => x.valueHigh ?? null,
  unit: (x) => x.unit,
  'growth.value': (x) => x.growth?.value ?? null,
  'growth.unit': (x) => x.growth?.unit ?? null,
  'growth.basis': (x) => x.growth?.basis ?? null,
  qualifier: (x) => x.qualifier,
  status: (x) => x.status,
  period: (x) => x.period,
  sectionId: (x) => x.sectionId,
};
// informational only (not in the agreement table of the contract, but listed as differences)
const EXTRA = {
  'growth.text': (x) => x.growth?.text ?? null,
  span: (x) => `${x.span.start}-${x.span.end}`,
};
const agree = {}, diffs = [];
for (const f of [...Object.keys(FIELDS), ...Object.keys(EXTRA)]) agree[f] = 0;
for (const [a, b] of pairs) {
  const d = [];
  for (const [f, get] of Object.entries({ ...FIELDS, ...EXTRA })) {
    const va = get(a), vb = get(b);
    if (JSON.stringify(va) === JSON.stringify(vb)) agree[f]++;
    else d.push({ field: f, a: va, b: vb });
  }
  if (d.length) diffs.push({ a, b, d });
}
// name agreement as the scorer reads it: containment either way
const nameContain = pairs.filter(([a, b]) => a.name.includes(b.name) || b.name.includes(a.name)).length;

const n = pairs.length;
const P = n / A.length, R = n / B.length, F1 = (2 * P * R) / (P + R);
const r3 = (x) => Math.round(x * 1000) / 1000;
const fieldRates = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, r3(agree[f] / n)]));
const extraRates = Object.fromEntries(Object.keys(EXTRA).map((f) => [f, r3(agree[f] / n)]));
const allFieldsEqual = pairs.length - diffs.filter((x) => x.d.some((d) => d.field in FIELDS)).length;

if (asJson) {
  console.log(JSON.stringify({
    a: A.length, b: B.length, matched: n, precision: r3(P), recall: r3(R), f1: r3(F1),
    fieldAgreement: fieldRates, nameContainment: r3(nameContain / n), extra: extraRates,
    pairsIdenticalOnScoredFields: allFieldsEqual,
    onlyA: onlyA.map((x) => ({ text: x.text, span: x.span })),
    onlyB: onlyB.map((x) => ({ text: x.text, span: x.span })),
    diffs: diffs.map(({ a, b, d }) => ({ spanA: a.span, spanB: b.span, textA: a.text, textB: b.text, d })),
  }, null, 2));
  process.exit(0);
}

const s = (v) => (v === null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v));
console.log(`pass A: ${fileA}\npass B: ${fileB} (reference)\n`);
console.log(`items: A ${A.length}, B ${B.length}, matched ${n}`);
console.log(`match precision ${r3(P)}  recall ${r3(R)}  F1 ${r3(F1)}\n`);
console.log('per-field agreement over matched pairs (exact equality):');
for (const [f, v] of Object.entries(fieldRates)) console.log(`  ${f.padEnd(14)} ${v.toFixed(3)}  (${agree[f]}/${n})`);
console.log(`  ${'name ⊆/⊇'.padEnd(14)} ${(nameContain / n).toFixed(3)}  (${nameContain}/${n})  [scorer's containment rule]`);
for (const [f, v] of Object.entries(extraRates)) console.log(`  ${f.padEnd(14)} ${v.toFixed(3)}  (${agree[f]}/${n})  [informational]`);
console.log(`  pairs equal on every scored field: ${allFieldsEqual}/${n}\n`);

console.log(`(a) only in A: ${onlyA.length}`);
for (const x of onlyA) console.log(`  A ${x.span.start}-${x.span.end} ${x.text}  [${key(x)}]`);
console.log(`(a) only in B: ${onlyB.length}`);
for (const x of onlyB) console.log(`  B ${x.span.start}-${x.span.end} ${x.text}  [${key(x)}]`);
console.log(`\n(b) matched pairs with differing fields: ${diffs.length}`);
for (const { a, b, d } of diffs) {
  console.log(`  @${b.span.start} A「${a.text}」 B「${b.text}」`);
  for (const x of d) console.log(`      ${x.field}: A=${s(x.a)} | B=${s(x.b)}`);
}
const byField = {};
for (const { d } of diffs) for (const x of d) byField[x.field] = (byField[x.field] || 0) + 1;
console.log(`\nfield differences by field: ${JSON.stringify(byField)}`);
