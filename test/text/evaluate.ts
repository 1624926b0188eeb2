/**
 * Measures the shipped method on sets it was not trained on, and prints Markdown tables for docs/text-engine.md:
 *   1. the held-out part of the first version's fixed split (113 records), model trained on that split's
 *      training part only (323 records) — the comparison with the first version's figures;
 *   2. the first fresh set (test/text/fresh.ts, 62 records, written by the first author after his tuning) and
 *   3. the second fresh set (test/text/fresh-2.ts, written after the second version's tuning stopped) and
 *   4. the third fresh set (test/text/fresh-3.ts, written before the third round of changes) and
 *   5. the fourth fresh set (test/text/fresh-4.ts, written before the fourth round of changes) and
 *   6. the fifth fresh set (test/text/fresh-5.ts, written before the fifth round of changes), all scored by
 *      the shipped model (trained on all bundled records; no fresh set is among them).
 * ONLY=4 scores the fourth fresh set alone, ONLY=5 the fifth (ERRORS=1 is not offered: their errors are not to be
 * read while tuning).
 * Cross-validation over the whole labelled set is in cv.ts. Run: npx tsx test/text/evaluate.ts
 */
import { classify, trainClassifier, type Classifier, type LabelledText } from '../../src/text/classify.ts'
import { metrics, type Metrics } from '../../src/text/evaluate.ts'
import { DIRECTIONS, TOPIC_CODES } from '../../src/text/taxonomy.ts'
import { evaluationSplit } from './split.ts'
import { FRESH } from './fresh.ts'
import { FRESH_2 } from './fresh-2.ts'
import { FRESH_3 } from './fresh-3.ts'
import { FRESH_4 } from './fresh-4.ts'
import { FRESH_5 } from './fresh-5.ts'
import { LABELLED } from '../../src/text/data/labelled.ts'
import { defaultClassifier } from '../../src/text/default-classifier.ts'

function table(title: string, m: Metrics): string {
  const rows = m.perClass
    .filter((c) => c.support > 0)
    .map((c) => `| ${c.label} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${c.f1.toFixed(2)} | ${c.support} |`)
  return [`**${title}** — accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macroF1.toFixed(3)} (n = ${m.n})`, '', '| class | precision | recall | F1 | support |', '|---|---|---|---|---|', ...rows, ''].join('\n')
}

function report(name: string, records: readonly LabelledText[], c: Classifier) {
  const topicPairs: { truth: string; predicted: string }[] = []
  const dirPairs: { truth: string; predicted: string }[] = []
  let lenient = 0
  for (const r of records) {
    const out = classify(c, r.text)
    const top = out.topics[0]?.code ?? 'khac'
    topicPairs.push({ truth: r.topics[0] as string, predicted: top })
    if (r.topics.includes(top)) lenient++
    dirPairs.push({ truth: r.direction, predicted: out.direction.code })
  }
  const t = metrics(topicPairs, TOPIC_CODES)
  const d = metrics(dirPairs, DIRECTIONS)
  console.log(`### ${name}\n`)
  console.log(`Topic top-1 = primary label: ${t.accuracy.toFixed(3)}; top-1 among the record's labels: ${(lenient / records.length).toFixed(3)}; direction accuracy: ${d.accuracy.toFixed(3)}\n`)
  console.log(table('Topics (top-1 vs primary label)', t))
  console.log(table('Direction', d))
}

const only = process.env.ONLY
if (only === '4') {
  report(`Fourth fresh set (${FRESH_4.length} records, written before the fourth round of changes), shipped model`, FRESH_4, defaultClassifier())
  process.exit(0)
}
if (only === '5') {
  report(`Fifth fresh set (${FRESH_5.length} records, written before the fifth round of changes), shipped model`, FRESH_5, defaultClassifier())
  process.exit(0)
}
const { train, test } = evaluationSplit()
report(`Held-out part of the first version's split (${test.length} records), model trained on its training part (${train.length})`, test, trainClassifier(train))
report(`First fresh set (${FRESH.length} records), shipped model (trained on all ${LABELLED.length} bundled records)`, FRESH, defaultClassifier())
if (FRESH_2.length > 0) report(`Second fresh set (${FRESH_2.length} records, written after tuning stopped), shipped model`, FRESH_2, defaultClassifier())
report(`Third fresh set (${FRESH_3.length} records, written before the third round of changes), shipped model`, FRESH_3, defaultClassifier())
report(`Fourth fresh set (${FRESH_4.length} records, written before the fourth round of changes), shipped model`, FRESH_4, defaultClassifier())
report(`Fifth fresh set (${FRESH_5.length} records, written before the fifth round of changes), shipped model`, FRESH_5, defaultClassifier())
