// Blind quality check of vanity candidates (docs/benchmarks/vanity.md):
//   node quality.mjs SAMPLE.tsv KEY.tsv [LANGUAGE]
// SAMPLE.tsv: "id <TAB> display <TAB> words" (written by VanityCoverage, engines mixed and
// shuffled); KEY.tsv: "id <TAB> before|after". Each candidate is judged on its words alone, against
// a reference word list that generate.mjs never reads: a candidate passes when every word is in
// it. Only then is the key read, to give the pass rate per engine and the words that failed.
import fs from 'node:fs';
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const [sampleFile, keyFile, language = 'en'] = process.argv.slice(2);
const REFERENCES = {
  en: () => require('an-array-of-english-words'),
  fr: () => require('an-array-of-french-words'),
  es: () => require('an-array-of-spanish-words'),
};
const reference = new Set(REFERENCES[language]().map((w) => w.toLowerCase()));

const verdicts = new Map();
for (const line of fs.readFileSync(sampleFile, 'utf8').split('\n').filter(Boolean)) {
  const [id, display, words] = line.split('\t');
  const failed = words.split(' ').filter((w) => !reference.has(w.toLowerCase().replace('ẞ', 'ß')));
  verdicts.set(id, {display, failed});
}
const byEngine = {};
for (const line of fs.readFileSync(keyFile, 'utf8').split('\n').filter(Boolean)) {
  const [id, engine] = line.split('\t');
  const e = (byEngine[engine] ??= {total: 0, passed: 0, failures: []});
  const v = verdicts.get(id);
  e.total++;
  if (v.failed.length === 0) e.passed++;
  else e.failures.push(`${v.display} (${v.failed.join(', ')})`);
}
for (const [engine, e] of Object.entries(byEngine)) {
  console.log(`${engine}: ${e.passed} / ${e.total} candidates made only of reference words (${(100 * e.passed / e.total).toFixed(1)}%)`);
  console.log(`  not in the reference list: ${e.failures.join('; ') || 'none'}`);
}
