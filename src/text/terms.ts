/**
 * Terms for trends and emerging-term ranking: folded n-grams of 1–3 syllables inside a clause that neither start
 * nor end with a stop word and are not bare numbers ("giai phong mat" and "mat bang" are both counted; the
 * ranking in src/domain/spikes.ts takes them from there). Counted once per text (document frequency).
 */
import { isStopWord } from './stopwords.ts'
import { clauses, clausesOfFolded, MAX_TOKEN_LENGTH } from './tokenize.ts'

const NUMBER = /^[0-9]+$/

/** May a term start or end with this syllable? Not a stop word, not a bare number. */
export function canEdgeTerm(syllable: string): boolean {
  return !(isStopWord(syllable) || NUMBER.test(syllable))
}

/** The distinct terms of one text. */
export function termsOf(text: string, maxN = 3): Set<string> {
  const out = new Set<string>()
  for (const c of clauses(text)) {
    for (let i = 0; i < c.length; i++) {
      const first = c[i] as string
      if (!canEdgeTerm(first)) continue
      for (let n = 1; n <= maxN && i + n <= c.length; n++) {
        const last = c[i + n - 1] as string
        if (!canEdgeTerm(last)) continue
        out.add(c.slice(i, i + n).join(' '))
      }
    }
  }
  return out
}

/** Document frequency of terms over texts. */
export function termCounts(texts: Iterable<string>, maxN = 3): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of texts) for (const term of termsOf(t, maxN)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/** FNV-1a over UTF-16 code units, a step at a time: hash = syllableHashStep(hash, code), from SYLLABLE_HASH_START. */
export const SYLLABLE_HASH_START = 0x811c9dc5 | 0
export const syllableHashStep = (h: number, code: number) => Math.imul(h ^ code, 16777619)

/**
 * Syllables numbered from 1 in the order first seen, with their spelling and whether a term may start or end with
 * them. Looked up by a piece of a longer text and its hash, so that finding a known syllable allocates nothing
 * (an open-addressing table; each candidate compared with the text in place).
 */
export class SyllableIds {
  /** the syllable of id i at i − 1 */
  readonly words: string[] = []
  /** canEdgeTerm of the syllable of id i at i − 1 */
  readonly edge: boolean[] = []
  readonly #hashes: number[] = []
  #slots = new Int32Array(1 << 12)

  get size(): number {
    return this.words.length
  }

  /** The id of a syllable, added when new. */
  idOf(syllable: string): number {
    let h = SYLLABLE_HASH_START
    for (let i = 0; i < syllable.length; i++) h = syllableHashStep(h, syllable.charCodeAt(i))
    return this.idOfPiece(syllable, 0, syllable.length, h)
  }

  /** The id of text.slice(start, end), whose hash (syllableHashStep over its code units) is `hash`; added when new. */
  idOfPiece(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.#slots[s] as number
      if (id === 0) break
      const w = this.words[id - 1] as string
      if (this.#hashes[id - 1] === hash && w.length === end - start && text.startsWith(w, start)) return id
    }
    const w = text.slice(start, end)
    this.words.push(w)
    this.edge.push(canEdgeTerm(w))
    this.#hashes.push(hash)
    const id = this.words.length
    if (id * 2 > this.#slots.length) {
      this.#slots = new Int32Array(this.#slots.length * 2)
      for (let k = 1; k <= id; k++) this.#place(k)
    } else this.#place(id)
    return id
  }

  /** The id of a syllable already seen, else 0. */
  find(syllable: string): number {
    let h = SYLLABLE_HASH_START
    for (let i = 0; i < syllable.length; i++) h = syllableHashStep(h, syllable.charCodeAt(i))
    const mask = this.#slots.length - 1
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.#slots[s] as number
      if (id === 0) return 0
      if (this.#hashes[id - 1] === h && this.words[id - 1] === syllable) return id
    }
  }

  #place(id: number): void {
    const mask = this.#slots.length - 1
    let s = (this.#hashes[id - 1] as number) & mask
    while (this.#slots[s] !== 0) s = (s + 1) & mask
    this.#slots[s] = id
  }
}

// per UTF-16 code unit, learnt from clausesOfFolded itself on first sight: 1 ends a clause on its own, 2 may end one
// between white space (a dash: "a - b"), 0 neither, −1 not yet known
const GAP_CLASS = new Int8Array(0x10000).fill(-1)
function gapClass(code: number): number {
  let k = GAP_CLASS[code] as number
  if (k < 0) {
    const ch = String.fromCharCode(code)
    k = clausesOfFolded(`a${ch}a`).length > 1 ? 1 : clausesOfFolded(`a ${ch} a`).length > 1 ? 2 : 0
    GAP_CLASS[code] = k
  }
  return k
}

const isSyllableChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57)

/**
 * clausesOfFolded(folded) as syllable ids: each clause's ids (through `ids`) followed by a 0, written into `out` from
 * its start; returns how many numbers were written. `out` needs folded.length + 1 places. One pass over the
 * characters without the regular expressions and arrays of clausesOfFolded; the same clauses and syllables
 * (syllables of [a-z0-9], cut at MAX_TOKEN_LENGTH; a clause ends where the text between two syllables holds what
 * clausesOfFolded splits at — asked of clausesOfFolded itself for that text when it holds a dash).
 */
export function clauseIdsOfFolded(folded: string, ids: SyllableIds, out: Int32Array): number {
  let n = 0
  let open = false // a clause has syllables written and no 0 yet
  let gapStart = -1 // where the text since the last syllable began (−1: no syllable yet)
  let gapBreak = false
  let gapDash = false
  const len = folded.length
  let i = 0
  while (i < len) {
    const c = folded.charCodeAt(i)
    if (!isSyllableChar(c)) {
      const k = gapClass(c)
      if (k === 1) gapBreak = true
      else if (k === 2) gapDash = true
      i++
      continue
    }
    const start = i
    const cut = start + MAX_TOKEN_LENGTH
    let h = SYLLABLE_HASH_START
    for (let code = c; ; ) {
      if (i < cut) h = syllableHashStep(h, code)
      if (++i === len || !isSyllableChar((code = folded.charCodeAt(i)))) break
    }
    if (open && gapStart >= 0 && (gapBreak || (gapDash && clausesOfFolded(`a${folded.slice(gapStart, start)}a`).length > 1))) {
      out[n++] = 0
      open = false
    }
    out[n++] = ids.idOfPiece(folded, start, Math.min(i, cut), h)
    open = true
    gapStart = i
    gapBreak = false
    gapDash = false
  }
  if (open) out[n++] = 0
  return n
}
