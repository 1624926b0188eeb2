/**
 * The bundled labelled set: realistic sentences of the kind collaborators, units, voter meetings and social
 * media produce, written for this project (with and without accents, some with typos). Used to train the
 * shipped model and, split with a fixed seed, to measure it (docs/text-engine.md).
 */
import { isDirection, isTopicCode, type Direction, type TopicCode } from '../taxonomy.ts'
import { PART_1 } from './labelled-1.ts'
import { PART_2 } from './labelled-2.ts'
import { PART_3 } from './labelled-3.ts'
import { PART_4 } from './labelled-4.ts'
import { PART_5 } from './labelled-5.ts'
import { PART_6 } from './labelled-6.ts'
import { PART_7 } from './labelled-7.ts'
import { PART_8 } from './labelled-8.ts'
import { PART_9 } from './labelled-9.ts'
import { PART_10 } from './labelled-10.ts'
import { PART_11 } from './labelled-11.ts'
import { PART_12 } from './labelled-12.ts'
import { PART_13 } from './labelled-13.ts'
import { PART_14 } from './labelled-14.ts'
import { PART_15 } from './labelled-15.ts'
import { PART_16 } from './labelled-16.ts'
import { PART_17 } from './labelled-17.ts'
import { PART_18 } from './labelled-18.ts'
import { PART_19 } from './labelled-19.ts'
import { PART_20 } from './labelled-20.ts'
import { PART_21 } from './labelled-21.ts'
import { PART_22 } from './labelled-22.ts'
import { PART_23 } from './labelled-23.ts'
import { PART_24 } from './labelled-24.ts'
import { PART_25 } from './labelled-25.ts'
import { PART_26 } from './labelled-26.ts'
import { PART_27 } from './labelled-27.ts'

/**
 * One labelled record: topics best first (the first is the primary topic), one direction, and the part (file)
 * it comes from: 1–6 the first version (by topic), 7–16 the second (by style), 17–20 the third (by voice, another author), 21 the fourth (the reporter is not the topic; a fourth author), 22 the fifth (letters, fanpage comments, minutes, units on their own field, tallies; a fifth author); 23–27 the sixth round: the five fresh sets of test/text (fresh.ts … fresh-5.ts, by the first, second, third and fourth authors and by a sixth writer), moved unchanged into training after each had served as a held-out set.
 */
export type LabelledRecord = { id: string; text: string; topics: TopicCode[]; direction: Direction; part: number }

function toRecords(): LabelledRecord[] {
  const parts = [PART_1, PART_2, PART_3, PART_4, PART_5, PART_6, PART_7, PART_8, PART_9, PART_10, PART_11, PART_12, PART_13, PART_14, PART_15, PART_16, PART_17, PART_18, PART_19, PART_20, PART_21, PART_22, PART_23, PART_24, PART_25, PART_26, PART_27]
  const rows = parts.flatMap((rows, p) => rows.map((row) => [row, p + 1] as const))
  return rows.map(([[text, topics, direction], part], i) => {
    const codes = topics.split(' ')
    for (const c of codes) if (!isTopicCode(c)) throw new Error(`labelled record ${i}: unknown topic ${c}`)
    if (!isDirection(direction)) throw new Error(`labelled record ${i}: unknown direction ${direction}`)
    return { id: `L${String(i + 1).padStart(3, '0')}`, text, topics: codes as TopicCode[], direction, part }
  })
}

/** All bundled labelled records, in a stable order with stable ids (L001…L436 the first version, L437… the second). */
export const LABELLED: readonly LabelledRecord[] = toRecords()
