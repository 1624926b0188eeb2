/**
 * The shipped classifier: trained at first use from the bundled labelled set (5–6 s of CPU for the 2 823 records
 * of the sixth round on this machine, nearly all of it fitting the two logistic models; see docs/text-engine.md) and kept
 * in memory, so nothing has to be built or loaded from disk.
 */
import { trainClassifier, type Classifier } from './classify.ts'
import { LABELLED } from './data/labelled.ts'

let cached: Classifier | null = null

/** The classifier trained on all bundled labelled records and the bundled rules (memoised). */
export function defaultClassifier(): Classifier {
  cached ??= trainClassifier(LABELLED)
  return cached
}
