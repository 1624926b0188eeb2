import type { LabelledText } from '../../src/text/classify.ts'
/** Written after tuning; filled in below. */
export const FRESH: LabelledText[] = []
