/**
 * Measures the shipped method on sets it was not trained on, and prints Markdown tables for docs/text-engine.md:
 *   1. the held-out part of the first version's fixed split (113 records), model trained on that split's
 *      training part only (323 records) — the comparison with the first version's figures;
 *   2. each held-out set of HELD_OUT below, scored by the shipped model (trained on all bundled records; no
 *      held-out set is among them).
 * The five fresh sets of rounds one to five (fresh.ts … fresh-5.ts) were moved into training in the sixth round
 * (src/text/data/labelled-23.ts … labelled-27.ts); their figures as held-out sets are in docs/text-engine.md.
 * ONLY=N scores the held-out set numbered N alone (ERRORS=1 is not offered: a held-out set's errors are not to be
 * read while tuning). Cross-validation over the whole labelled set is in cv.ts. Run: npx tsx test/text/evaluate.ts
 */
import { classify, trainClassifier, type Classifier, type LabelledText } from '../../src/text/classify.ts'
import { metrics, type Metrics } from '../../src/text/evaluate.ts'
import { DIRECTIONS, TOPIC_CODES } from '../../src/text/taxonomy.ts'
import { FRESH_6 } from './fresh-6.ts'
import { evaluationSplit } from './split.ts'
import { LABELLED } from '../../src/text/data/labelled.ts'
import { defaultClassifier } from '../../src/text/default-classifier.ts'

/**
 * The held-out sets, each scored once by the shipped model: { n (for ONLY=n), name, records }. Empty since the sixth
 * round moved fresh sets 1–5 into training; the sixth fresh set (test/text/fresh-6.ts) is added here by the lead,
 * e.g. `{ n: 6, name: 'Sixth fresh set (…)', records: FRESH_6 }` with `import { FRESH_6 } from './fresh-6.ts'`.
 */
const HELD_OUT: { n: number; name: string; records: readonly LabelledText[] }[] = [
  { n: 6, name: 'Sixth fresh set (author h8, written before the sixth round; scored once after it)', records: FRESH_6 },
]

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
if (only !== undefined) {
  const set = HELD_OUT.find((h) => String(h.n) === only)
  if (!set) {
    console.error(`ONLY=${only}: no such held-out set (HELD_OUT has ${HELD_OUT.map((h) => h.n).join(', ') || 'none'})`)
    process.exit(1)
  }
  report(`${set.name} (${set.records.length} records), shipped model (trained on all ${LABELLED.length} bundled records)`, set.records, defaultClassifier())
  process.exit(0)
}
const { train, test } = evaluationSplit()
report(`Held-out part of the first version's split (${test.length} records), model trained on its training part (${train.length})`, test, trainClassifier(train))
for (const set of HELD_OUT) report(`${set.name} (${set.records.length} records), shipped model (trained on all ${LABELLED.length} bundled records)`, set.records, defaultClassifier())
