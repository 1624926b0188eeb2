/**
 * Chooses the classifier parameters by 5-fold cross-validation on the TRAINING part only (the held-out part is
 * never seen here). Run: npx tsx test/text/tune.ts
 */
import { trainClassifier, classify, DEFAULT_PARAMS, type ClassifierParams } from '../../src/text/classify.ts'
import { stratifiedSplit } from '../../src/text/evaluate.ts'
import { evaluationSplit } from './split.ts'

const { train } = evaluationSplit()
const folds = 5
const foldOf = new Map(train.map((r, i) => [r.id, i % folds]))
// shuffle fold assignment deterministically via a stratified split per fold
const parts = (() => {
  let rest = train.slice()
  const out: (typeof train)[] = []
  for (let k = folds; k > 1; k--) {
    const s = stratifiedSplit(rest, (r) => r.topics[0] as string, 1 / k, 100 + k)
    out.push(s.test)
    rest = s.train
  }
  out.push(rest)
  return out
})()
void foldOf

function cv(params: ClassifierParams): { topic: number; direction: number } {
  let tOk = 0
  let dOk = 0
  let n = 0
  for (let k = 0; k < folds; k++) {
    const test = parts[k] ?? []
    const tr = parts.filter((_, j) => j !== k).flat()
    const c = trainClassifier(tr, undefined, params)
    for (const r of test) {
      const out = classify(c, r.text)
      if (out.topics[0]?.code === r.topics[0]) tOk++
      if (out.direction.code === r.direction) dOk++
      n++
    }
  }
  return { topic: tOk / n, direction: dOk / n }
}

const grid: Partial<ClassifierParams>[] = []
const list = (name: string, def: string) => (process.env[name] ?? def).split(',').map(Number)
for (const nbTemperature of list('TEMPS', '0.5'))
  for (const topicRuleWeight of list('TRW', '3'))
    for (const directionRuleWeight of list('DRW', '1,1.5,2,3'))
      for (const directionTemperature of list('DTEMPS', '0.1,0.5,1'))
        for (const directionModelWeight of list('DMW', '0.5,1,2'))
          for (const unknownPrior of list('UNK', '1,1.5,2.5'))
            for (const ldw of list('LDW', '0,1')) grid.push({ nbTemperature, topicRuleWeight, directionRuleWeight, directionTemperature, directionModelWeight, unknownPrior, learnDirectionWeights: ldw === 1 })

const results = grid.map((g) => ({ g, r: cv({ ...DEFAULT_PARAMS, ...g }) }))
results.sort((a, b) => b.r.topic - a.r.topic)
console.log('best by topic:')
for (const x of results.slice(0, 8)) console.log(JSON.stringify(x.g), x.r.topic.toFixed(3), x.r.direction.toFixed(3))
results.sort((a, b) => b.r.direction - a.r.direction)
console.log('best by direction:')
for (const x of results.slice(0, 8)) console.log(JSON.stringify(x.g), x.r.topic.toFixed(3), x.r.direction.toFixed(3))
console.log('current defaults:', JSON.stringify(cv(DEFAULT_PARAMS)))
if (process.env.ERRORS) {
  const params = { ...DEFAULT_PARAMS, ...(JSON.parse(process.env.ERRORS) as Partial<ClassifierParams>) }
  for (let k = 0; k < folds; k++) {
    const c = trainClassifier(parts.filter((_, j) => j !== k).flat(), undefined, params)
    for (const r of parts[k] ?? []) {
      const out = classify(c, r.text)
      const t = out.topics[0]?.code !== r.topics[0]
      const d = out.direction.code !== r.direction
      if (t || d) console.log(`${t ? 'T' : ' '}${d ? 'D' : ' '} ${r.topics.join(',')}/${r.direction} → ${out.topics.map((x) => x.code).join(',')}/${out.direction.code} | ${r.text.slice(0, 110)}`)
    }
  }
}
if (process.env.CONFUSION) {
  const conf = new Map<string, number>()
  for (let k = 0; k < folds; k++) {
    const c = trainClassifier(parts.filter((_, j) => j !== k).flat())
    for (const r of parts[k] ?? []) {
      const key = `${r.direction}→${classify(c, r.text).direction.code}`
      conf.set(key, (conf.get(key) ?? 0) + 1)
    }
  }
  console.log([...conf].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}:${v}`).join('  '))
}
