/**
 * Codes the text engine speaks (DESIGN §2): topics (lĩnh vực), directions (khuynh hướng), intensities (mức độ).
 * Codes are stable; Vietnamese labels live in the i18n files.
 */

/** Topic taxonomy codes, in the order of DESIGN §2. */
export const TOPIC_CODES = [
  'kt-xh', 'qp-an', 'ttatxh', 'doi-song', 'giao-duc', 'y-te', 'van-hoa', 'moi-truong',
  'dat-dai', 'xd-dang', 'chinh-quyen', 'mttq-doan-the', 'ton-giao-dan-toc', 'doi-ngoai', 'khac',
] as const
export type TopicCode = (typeof TOPIC_CODES)[number]

/**
 * Direction of an opinion: support (tán thành, tích cực), concern (băn khoăn, lo lắng, lưỡng lự),
 * oppose (phản đối, bức xúc, tiêu cực), mixed (both at once), unknown (a fact with no stance).
 */
export const DIRECTIONS = ['support', 'concern', 'oppose', 'mixed', 'unknown'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** Intensity (mức độ): thấp / trung bình / cao / bức xúc. */
export const INTENSITIES = ['low', 'medium', 'high', 'pressing'] as const
export type Intensity = (typeof INTENSITIES)[number]

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
