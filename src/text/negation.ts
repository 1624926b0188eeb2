/**
 * Negation scope for the models: tokens after a negator, within a short window and the same clause, are
 * marked with "!" so that "không đồng tình" and "đồng tình" give different features ("!dong", "!tinh").
 */

/** Folded negators, including texting forms ("ko", "k", "hok", "kg"). "chả" and "đừng" are left out: they fold to "cha" (father) and "dung" (đúng, right). */
export const NEGATORS: ReadonlySet<string> = new Set(['khong', 'chua', 'chang', 'ko', 'k', 'hok', 'kg', 'khg', 'kp', 'deo'])

// "không khí" (air), "không gian", "không quân", "hàng không": "không" is part of a noun, not a negator;
// "không chỉ", "không những", "chưa kể" introduce an addition
const NOT_NEGATION_AFTER = new Set(['khi', 'gian', 'quan', 'chi', 'nhung', 'ke', 'luu'])
// words that end a negation scope early ("không đồng ý nhưng ..." → the "nhưng" part is not negated); "còn"
// right after the negator is "no longer" ("không còn lo") and keeps the scope
export const SCOPE_BREAK: ReadonlySet<string> = new Set(['nhung', 'ma', 'tuy', 'song', 'va', 'con'])

/** Default window: how many tokens after a negator are marked. */
export const NEGATION_WINDOW = 3

/** Is the token at `i` a negator in this context? */
export function isNegatorAt(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] as string
  if (!NEGATORS.has(t)) return false
  const next = tokens[i + 1]
  if (next !== undefined && NOT_NEGATION_AFTER.has(next) && t === 'khong') return false
  if (t === 'chua' && next === 'ke') return false
  if (t === 'khong' && i > 0 && tokens[i - 1] === 'hang') return false
  return next !== undefined
}

/** Marks the tokens of one clause that fall within a negation scope: ["khong","dong","tinh"] → ["khong","!dong","!tinh"]. */
export function markNegation(tokens: readonly string[], window = NEGATION_WINDOW): string[] {
  const out = tokens.slice()
  let left = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string
    if (left > 0) {
      if (SCOPE_BREAK.has(t) && !(t === 'con' && left === window)) left = 0
      else {
        out[i] = '!' + t
        left--
        continue
      }
    }
    if (isNegatorAt(tokens, i)) left = window
  }
  return out
}
