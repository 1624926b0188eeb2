/**
 * Folds Vietnamese text for accent-insensitive matching: "Đường Lê Lợi" → "duong le loi".
 * NFD splits "ế" into "e" + marks; the marks are dropped; "đ" has no decomposition, so it is mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC')
}

/** True when every folded word of `query` occurs in the folded `text`, in any order ("dan cu chi bo" finds "Chi bộ khu dân cư"). */
export function foldIncludes(text: string, query: string): boolean {
  const q = fold(query).trim()
  if (!q) return true
  const t = fold(text)
  return q.split(/\s+/).every((word) => t.includes(word))
}

/** Filter of an Ant Design Select or TreeSelect search: the option's label contains the typed text, accents ignored. */
export function foldOptionFilter(input: string, option?: { label?: unknown }): boolean {
  return foldIncludes(String(option?.label ?? ''), input)
}
