/**
 * Codes the text engine speaks (DESIGN §2): topics (lĩnh vực), directions (khuynh hướng), intensities (mức độ).
 * Codes are stable; Vietnamese labels live in the i18n files.
 */

import { DIRECTIONS, INTENSITIES, TOPICS, type Direction, type Intensity, type Topic } from '../shared/enums.ts'

/** Topic taxonomy codes, in the order of DESIGN §2: the shared list, under the name the text engine uses. */
export const TOPIC_CODES = TOPICS
export type TopicCode = Topic

/**
 * Direction of an opinion: support (tán thành, tích cực), concern (băn khoăn, lo lắng, lưỡng lự),
 * oppose (phản đối, bức xúc, tiêu cực), mixed (both at once), unknown (a fact with no stance).
 */
export { DIRECTIONS, INTENSITIES, type Direction, type Intensity }

const TOPIC_SET = new Set<string>(TOPIC_CODES)
const DIRECTION_SET = new Set<string>(DIRECTIONS)

/** Is `code` one of the topic codes? */
export function isTopicCode(code: string): code is TopicCode {
  return TOPIC_SET.has(code)
}

/** Is `code` one of the direction codes? */
export function isDirection(code: string): code is Direction {
  return DIRECTION_SET.has(code)
}
