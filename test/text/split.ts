/**
 * The fixed evaluation split of the first version's 436 labelled records (L001–L436): 25 % held out, stratified
 * by primary topic, seed 47 — kept so that figures compare with that version's.
 */
import { LABELLED, type LabelledRecord } from '../../src/text/data/labelled.ts'
import { stratifiedSplit } from '../../src/text/evaluate.ts'

export const SPLIT_SEED = 47
export const TEST_FRACTION = 0.25

export function evaluationSplit(): { train: LabelledRecord[]; test: LabelledRecord[] } {
  return stratifiedSplit(LABELLED.filter((r) => r.part <= 6), (r) => r.topics[0] as string, TEST_FRACTION, SPLIT_SEED)
}
