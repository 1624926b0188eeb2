/**
 * Throughput of fold + tokenise + classify on generated records of 80–1 500 characters (one core).
 * Prints records/s (best of three interleaved rounds per path); no threshold (timings never fail tests).
 * Run: npx tsx test/text/speed.ts [count]
 */
import { fold } from '../../src/text/fold.ts'
import { joinWords, syllablesOfFolded } from '../../src/text/tokenize.ts'
import { analyze, classify } from '../../src/text/classify.ts'
import { defaultClassifier } from '../../src/text/default-classifier.ts'
import { seededRandom } from '../../src/text/evaluate.ts'
import { LABELLED } from '../../src/text/data/labelled.ts'

const count = Number(process.argv[2] ?? 20000)
const random = seededRandom(2025)
const sentences = LABELLED.map((r) => r.text)
const pick = () => sentences[Math.floor(random() * sentences.length)] as string

// records of 80–1 500 characters: sentences joined, a third of them without accents, some in NFD
function record(): string {
  const target = 80 + Math.floor(random() ** 2 * 1420)
  let s = pick()
  while (s.length < target) s += ' ' + pick()
  s = s.slice(0, target)
  const r = random()
  return r < 0.33 ? fold(s) : r < 0.5 ? s.normalize('NFD') : s
}

const t0 = performance.now()
const c = defaultClassifier()
const trainMs = performance.now() - t0
const records = Array.from({ length: count }, record)
const chars = records.reduce((a, r) => a + r.length, 0)

// warm-up over a third of the records on every path (the JIT compiles the hot functions, and the garbage left by
// training at first use is collected here rather than inside a measurement), then measure each path on all
let warm = 0
for (const r of records.slice(0, 10000)) warm += joinWords(syllablesOfFolded(analyze(c, r).folded)).length + classify(c, r).topics.length
if (warm < 0) console.log(warm)

// each path runs ROUNDS times over all records, the rounds of the paths interleaved; the best round of each is
// reported (a collection or another process's burst inside one round says nothing about the code)
const ROUNDS = 3
function measure(step: (r: string) => number): { wall: number; cpu: number; checksum: number } {
  const t = performance.now()
  const cpu0 = process.cpuUsage()
  let checksum = 0
  for (const r of records) checksum += step(r)
  const secs = (performance.now() - t) / 1000
  const cpu = process.cpuUsage(cpu0)
  return { wall: count / secs, cpu: count / ((cpu.user + cpu.system) / 1e6), checksum }
}

const paths: [string, (r: string) => number][] = [
  // the ingest path: fold once, syllable tokens for the search column, classify — analyze() does all three
  [
    'fold + syllable tokens (search text) + classify',
    (r) => {
      const a = analyze(c, r)
      return a.searchText.length + a.classification.topics.length
    },
  ],
  // plus compound words ("giai_phong_mat_bang") for phrase statistics
  [
    'fold + syllables + compound words + classify',
    (r) => {
      const a = analyze(c, r)
      return joinWords(syllablesOfFolded(a.folded)).length + a.classification.topics.length
    },
  ],
  // classify from raw text (folds inside)
  ['classify(raw text) alone', (r) => classify(c, r).topics.length],
]
const best = paths.map(() => ({ wall: 0, cpu: 0, checksum: 0 }))
for (let round = 0; round < ROUNDS; round++) {
  paths.forEach(([, step], i) => {
    const m = measure(step)
    const b = best[i] as { wall: number; cpu: number; checksum: number }
    b.wall = Math.max(b.wall, m.wall)
    b.cpu = Math.max(b.cpu, m.cpu)
    b.checksum = m.checksum
  })
}
console.log(`training at first use: ${trainMs.toFixed(0)} ms (${LABELLED.length} labelled records)`)
console.log(`${count} records, mean ${(chars / count).toFixed(0)} characters (80–1 500), one core, best of ${ROUNDS} rounds:`)
paths.forEach(([label], i) => {
  const b = best[i] as { wall: number; cpu: number; checksum: number }
  console.log(`  ${label}: wall ${Math.round(b.wall)} records/s, CPU ${Math.round(b.cpu)} records/s [${b.checksum}]`)
})
