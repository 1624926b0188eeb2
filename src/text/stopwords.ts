/**
 * Vietnamese stop words, folded. Written for this engine rather than taken from a general list: general lists
 * (e.g. stopwords-iso) include negators ("không", "chưa", "chẳng"), contrast words ("nhưng") and degree words
 * ("rất", "cao", "cần") that carry direction and intensity in opinion text, so they must not be dropped here.
 * Folding merges some words ("là"/"lá", "những"/"nhưng"); a folded form is listed only when every word it
 * stands for is a function word, which is why "dang" (đang/Đảng), "moi" (mọi/môi),
 * "do" (đó/đỏ), "cho" (cho/chợ), "de" (để/đề) and "nhung" (những/nhưng) are absent.
 */
const STOP = `
va voi cua cac mot nay ay kia la o tren duoi ve nen vi boi duoc bi da se ra vao xuong nhu theo sau
truoc luc hay hoac neu roi cai chiec ong ba anh em toi minh ta nao gi ai sao vay rang tung
nhe a u oi ha nhi vang nua
`
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP.split(/\s+/).filter((w) => w !== ''))

/** Is a folded syllable a stop word? */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token)
}
