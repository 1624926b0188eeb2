/**
 * The shipped classifier: trained at first use from the bundled labelled set (about 0.3–0.6 s for ~440 records on
 * this machine, most of it cross-fitting the direction weights; see docs/text-engine.md) and kept in memory, so
 * nothing has to be built or loaded from disk.
 */
import { trainClassifier, type Classifier } from './classify.ts'
import { LABELLED } from './data/labelled.ts'

let cached: Classifier | null = null

/** The classifier trained on all bundled labelled records and the bundled rules (memoised). */
export function defaultClassifier(): Classifier {
  cached ??= trainClassifier(LABELLED)
  return cached
}
