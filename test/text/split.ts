/** The fixed evaluation split of the bundled labelled set: 25 % held out, stratified by primary topic, seed 47. */
import { LABELLED, type LabelledRecord } from '../../src/text/data/labelled.ts'
import { stratifiedSplit } from '../../src/text/evaluate.ts'

export const SPLIT_SEED = 47
export const TEST_FRACTION = 0.25

export function evaluationSplit(): { train: LabelledRecord[]; test: LabelledRecord[] } {
  return stratifiedSplit(LABELLED, (r) => r.topics[0] as string, TEST_FRACTION, SPLIT_SEED)
}
