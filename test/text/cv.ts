/**
 * Stratified k-fold cross-validation over the whole bundled labelled set (strata: direction × primary topic,
 * fixed seed). Each fold is classified by a model trained on the other folds; the tables pool all folds.
 * Run: npx tsx test/text/cv.ts [k = 10] [seed = 2025]   (ERRORS=1 lists the misclassified records)
 * GROUPED=1: leave one style out instead — each part of the second version (7–16, one style each) is a fold,
 * tested after training on all other records (the first version's parts 1–6 and the third round's 17–20 always train).
 * AUTHOR=1: leave one author out — one fold per author: parts 1–6 and 23 (the first author; part 23 is his fresh set),
 * 7–16 and 24 (second), 17–20 and 25 (third), 21 and 26 (fourth, "h6"), 22 (fifth) and 27 (a sixth writer, "h7", who
 * wrote the fifth fresh set and nothing else) are six folds; the figures over parts 1–20, 1–21 and 1–22 alone are
 * printed too (the records of the earlier rounds, comparable with the figures before parts 21, 22 and 23–27).
 */
import { classify, trainClassifier } from '../../src/text/classify.ts'
import { calibration } from '../../src/text/evaluate.ts'
import { metrics, stratifiedFolds, type Metrics } from '../../src/text/evaluate.ts'
import { DIRECTIONS, TOPIC_CODES } from '../../src/text/taxonomy.ts'
import { LABELLED, type LabelledRecord } from '../../src/text/data/labelled.ts'

const k = Number(process.argv[2] ?? 10)
const seed = Number(process.argv[3] ?? 2025)
const only = process.env.ONLY // e.g. ONLY=old: the 436 records of the first version (L001–L436)
const records: readonly LabelledRecord[] = only === 'old' ? LABELLED.slice(0, 436) : only === 'new' ? LABELLED.slice(436) : LABELLED

function table(title: string, m: Metrics): string {
  const rows = m.perClass
    .filter((c) => c.support > 0)
    .map((c) => `| ${c.label} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${c.f1.toFixed(2)} | ${c.support} |`)
  return [`**${title}** — accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macroF1.toFixed(3)} (n = ${m.n})`, '', '| class | precision | recall | F1 | support |', '|---|---|---|---|---|', ...rows, ''].join('\n')
}

const grouped = process.env.GROUPED === '1'
const byAuthor = process.env.AUTHOR === '1'
// parts 23–27 are fresh sets 1–5 (sixth round), each by the author of the parts named in its header
const FRESH_PART_AUTHOR: Record<number, number> = { 23: 0, 24: 1, 25: 2, 26: 3, 27: 5 }
const authorOf = (part: number) => FRESH_PART_AUTHOR[part] ?? (part <= 6 ? 0 : part <= 16 ? 1 : part <= 20 ? 2 : part === 21 ? 3 : 4)
const folds = byAuthor ? 6 : k
const fold = byAuthor ? records.map((r) => authorOf(r.part)) : grouped ? records.map((r) => (r.part >= 7 && r.part <= 16 ? r.part - 7 : -1)) : stratifiedFolds(records, (r) => `${r.direction}|${r.topics[0]}`, k, seed)
const topicPairs: { truth: string; predicted: string }[] = []
const dirPairs: { truth: string; predicted: string }[] = []
const confusion = new Map<string, number>()
// the score of the top class and whether it was right, for calibration
const topicConf: { score: number; correct: boolean }[] = []
const dirConf: { score: number; correct: boolean }[] = []
let lenient = 0
// the records of the earlier rounds alone: parts 1–20, 1–21, 1–22
const upTo = [20, 21, 22].map((last) => ({ last, n: 0, topic: 0, direction: 0 }))
// per fold (with AUTHOR=1: each author's records scored by a model of the others)
const perFold = Array.from({ length: folds }, () => ({ n: 0, topic: 0, direction: 0 }))
const started = performance.now()
for (let f = 0; f < folds; f++) {
  const c = trainClassifier(records.filter((_, i) => fold[i] !== f))
  records.forEach((r, i) => {
    if (fold[i] !== f) return
    const out = classify(c, r.text)
    const top = out.topics[0]?.code ?? 'khac'
    topicPairs.push({ truth: r.topics[0] as string, predicted: top })
    if (r.topics.includes(top)) lenient++
    dirPairs.push({ truth: r.direction, predicted: out.direction.code })
    const pf = perFold[f]!
    pf.n++
    if (top === r.topics[0]) pf.topic++
    if (out.direction.code === r.direction) pf.direction++
    for (const u of upTo) {
      if (r.part > u.last) continue
      u.n++
      if (top === r.topics[0]) u.topic++
      if (out.direction.code === r.direction) u.direction++
    }
    topicConf.push({ score: out.topics[0]?.score ?? 0, correct: top === r.topics[0] })
    dirConf.push({ score: out.direction.score, correct: out.direction.code === r.direction })
    const key = `${r.direction}→${out.direction.code}`
    if (r.direction !== out.direction.code) confusion.set(key, (confusion.get(key) ?? 0) + 1)
    if (process.env.ERRORS && (top !== r.topics[0] || out.direction.code !== r.direction)) {
      const t = top !== r.topics[0] ? 'T' : ' '
      const d = out.direction.code !== r.direction ? 'D' : ' '
      console.log(`${t}${d} ${r.id} ${r.topics.join(',')}/${r.direction} → ${out.topics.map((x) => x.code).join(',')}/${out.direction.code} | ${r.text.slice(0, 140)}`)
    }
  })
}
const t = metrics(topicPairs, TOPIC_CODES)
const d = metrics(dirPairs, DIRECTIONS)
console.log(byAuthor ? `### Leave one author out: ${topicPairs.length} records; six authors (parts 1–6 + 23, 7–16 + 24, 17–20 + 25, 21 + 26, 22, 27) each tested by a model trained on the other five\n` : grouped ? `### Leave one style out: ${topicPairs.length} records of parts 7–16, each part tested by a model trained on all other records\n` : `### ${k}-fold cross-validation, ${records.length} records (stratified by direction × primary topic, seed ${seed})\n`)
console.log(`Topic top-1 = primary label: ${t.accuracy.toFixed(3)}; top-1 among the record's labels: ${(lenient / topicPairs.length).toFixed(3)}; direction accuracy: ${d.accuracy.toFixed(3)}\n`)
if (byAuthor) console.log(`Per author (topic / direction): ${perFold.map((p, f) => `${f + 1}: ${(p.topic / p.n).toFixed(3)} / ${(p.direction / p.n).toFixed(3)} (n ${p.n})`).join('; ')}\n`)
for (const u of upTo) if (u.n > 0 && u.n < topicPairs.length) console.log(`Parts 1–${u.last} only (${u.n} records): topic ${(u.topic / u.n).toFixed(3)}; direction ${(u.direction / u.n).toFixed(3)}\n`)
console.log(table('Topics (top-1 vs primary label)', t))
console.log(table('Direction', d))
console.log(`direction confusions (truth→predicted): ${[...confusion].sort((a, b) => b[1] - a[1]).map(([x, n]) => `${x} ${n}`).join(', ')}`)
for (const [name, xs] of [['topic', topicConf], ['direction', dirConf]] as const) {
  const c = calibration(xs)
  console.log(`calibration of the ${name} score: expected calibration error ${c.ece.toFixed(3)}; ${c.bins.map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}: n ${b.n}, mean score ${b.meanScore.toFixed(2)}, accuracy ${b.accuracy.toFixed(2)}`).join('; ')}`)
}
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
