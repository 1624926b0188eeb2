/**
 * Measures the classifier: trained on the training part of the fixed split, scored on the held-out part and on
 * the "fresh" set written after tuning (test/text/fresh.ts). Prints Markdown tables for docs/text-engine.md.
 * Run: npx tsx test/text/evaluate.ts
 */
import { classify, trainClassifier } from '../../src/text/classify.ts'
import { metrics, type Metrics } from '../../src/text/evaluate.ts'
import { DIRECTIONS, TOPIC_CODES } from '../../src/text/taxonomy.ts'
import type { LabelledText } from '../../src/text/classify.ts'
import { evaluationSplit } from './split.ts'
import { FRESH } from './fresh.ts'
import { LABELLED } from '../../src/text/data/labelled.ts'
import { defaultClassifier } from '../../src/text/default-classifier.ts'

function table(title: string, m: Metrics): string {
  const rows = m.perClass
    .filter((c) => c.support > 0)
    .map((c) => `| ${c.label} | ${c.precision.toFixed(2)} | ${c.recall.toFixed(2)} | ${c.f1.toFixed(2)} | ${c.support} |`)
  return [`**${title}** — accuracy ${m.accuracy.toFixed(3)}, macro-F1 ${m.macroF1.toFixed(3)} (n = ${m.n})`, '', '| class | precision | recall | F1 | support |', '|---|---|---|---|---|', ...rows, ''].join('\n')
}

function report(name: string, records: readonly LabelledText[], c: ReturnType<typeof trainClassifier>) {
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

const { train, test } = evaluationSplit()
const started = performance.now()
const c = trainClassifier(train)
console.log(`trained on ${train.length} records in ${(performance.now() - started).toFixed(0)} ms\n`)
report(`Held-out (${test.length} records, 25 % stratified, seed 47)`, test, c)
if (FRESH.length > 0) {
  report(`Fresh set (${FRESH.length} records written after tuning), model trained on the training part`, FRESH, c)
  // the shipped model learns from all bundled records (the fresh set is never among them)
  report(`Fresh set, shipped model (trained on all ${LABELLED.length} bundled records)`, FRESH, defaultClassifier())
}
