/**
 * From n-grams to what people said: the term counts (src/text/terms.ts) cut a phrase into overlapping pieces
 * ("tram y te", "y te thieu", "te thieu thuoc" for "Trạm y tế thiếu thuốc"), and they all rise together. Pieces
 * found in nearly the same records are one group, named by the phrase that covers them as it was written.
 */
import { daysBetween } from '../../domain/trends.ts'
import { fold } from '../../text/fold.ts'
import { matchSpans, type Span } from '../../text/highlight.ts'
import { MAX_PHRASE_WORDS, toSearchText } from '../../text/search.ts'
import { clauseIdsOfFolded, SYLLABLE_HASH_START, syllableHashStep, SyllableIds, termsOf } from '../../text/terms.ts'

/** A record's text for term counting (title and content as separate clauses) and its folded words, padded. */
export type TextDoc = { day: string; text: string; words: string }

/**
 * The record's words are its stored search_text when given (toSearchText of title and content, what a quoted
 * search matches: the same words as toSearchText of the text here, punctuation being dropped), else folded here.
 */
export function textDoc(r: { heard_on: string; title: string; content: string; search_text?: string }): TextDoc {
  const text = `${r.title}. ${r.content}`
  return { day: r.heard_on, text, words: ` ${r.search_text ?? toSearchText(text)} ` }
}

/**
 * Syllable ids below 2^15: two syllables are one small integer below 2^30 (V8 keeps it unboxed), the key of a
 * two-syllable term; a three-syllable term is that key and its third syllable's id.
 */
const ID_LIMIT = 2 ** 15

/**
 * Pairs of integers (a ≥ 1, b ≥ 0) numbered from 0 in the order first added: an open-addressing table whose slots
 * hold the pair and its number side by side, so a look-up touches one place and allocates nothing (a Map keyed by
 * a three-syllable number boxed a heap number per n-gram). `clear` empties it for reuse.
 */
export class PairIndex {
  #bits = 12
  // per slot: a, b, number + 1 (a = 0: empty)
  #slots = new Int32Array(3 << 12)
  a = new Int32Array(1 << 10)
  b = new Int32Array(1 << 10)
  size = 0

  #slotOf(a: number, b: number): number {
    return pairSlot(this.#slots, this.#bits, 3, a, b)
  }

  /** The pair's number, or −1. */
  find(a: number, b: number): number {
    return (this.#slots[this.#slotOf(a, b) + 2] as number) - 1
  }

  /** The pair's number, added when new. */
  add(a: number, b: number): number {
    const at = this.#slotOf(a, b)
    const known = this.#slots[at + 2] as number
    if (known > 0) return known - 1
    const id = this.size++
    if (id === this.a.length) {
      this.a = grow(this.a, id * 2)
      this.b = grow(this.b, id * 2)
    }
    this.a[id] = a
    this.b[id] = b
    this.#slots[at] = a
    this.#slots[at + 1] = b
    this.#slots[at + 2] = id + 1
    // at most half full
    if (this.size * 2 > 1 << this.#bits) {
      this.#bits++
      this.#slots = new Int32Array(3 << this.#bits)
      for (let t = 0; t < this.size; t++) this.#put(t)
    }
    return id
  }

  #put(t: number): void {
    const at = this.#slotOf(this.a[t] as number, this.b[t] as number)
    this.#slots[at] = this.a[t] as number
    this.#slots[at + 1] = this.b[t] as number
    this.#slots[at + 2] = t + 1
  }

  clear(): void {
    this.#slots.fill(0)
    this.size = 0
  }
}

/**
 * The terms of one day: per term (a pair as in PairIndex) how many records used it, each record counted once (the
 * record's number is kept beside the count); the terms listed in the order first used. Pair, count and last record
 * share one slot, so counting an n-gram touches one place.
 */
class DayTerms {
  #bits = 12
  // per slot: a, b, records, last record (a = 0: empty)
  #slots = new Int32Array(4 << 12)
  a = new Int32Array(1 << 10)
  b = new Int32Array(1 << 10)
  size = 0

  #slotOf(a: number, b: number): number {
    return pairSlot(this.#slots, this.#bits, 4, a, b)
  }

  /** Record `record` (≥ 1, increasing) uses the term (a, b). */
  use(a: number, b: number, record: number): void {
    const at = this.#slotOf(a, b)
    const slots = this.#slots
    if (slots[at] !== 0) {
      if (slots[at + 3] !== record) {
        slots[at + 3] = record
        slots[at + 2] = (slots[at + 2] as number) + 1
      }
      return
    }
    slots[at] = a
    slots[at + 1] = b
    slots[at + 2] = 1
    slots[at + 3] = record
    const id = this.size++
    if (id === this.a.length) {
      this.a = grow(this.a, id * 2)
      this.b = grow(this.b, id * 2)
    }
    this.a[id] = a
    this.b[id] = b
    if (this.size * 2 > 1 << this.#bits) {
      const old = this.#slots
      this.#bits++
      this.#slots = new Int32Array(4 << this.#bits)
      for (let p = 0; p < old.length; p += 4) {
        if (old[p] === 0) continue
        const q = this.#slotOf(old[p] as number, old[p + 1] as number)
        this.#slots.set(old.subarray(p, p + 4), q)
      }
    }
  }

  /** How many records used the term (a, b). */
  records(a: number, b: number): number {
    return this.#slots[this.#slotOf(a, b) + 2] as number
  }

  clear(): void {
    this.#slots.fill(0)
    this.size = 0
  }
}

/**
 * The slot of the pair (a ≥ 1, b) in an open-addressing table of 2^bits slots of `width` integers each (the pair
 * first, a = 0: empty): its own slot, or the empty one where it would go. Shared by PairIndex and DayTerms.
 */
function pairSlot(slots: Int32Array, bits: number, width: number, a: number, b: number): number {
  const mask = (1 << bits) - 1
  for (let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> (32 - bits); ; h = (h + 1) & mask) {
    const at = h * width
    const x = slots[at] as number
    if (x === 0 || (x === a && slots[at + 1] === b)) return at
  }
}

function grow(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length)
  b.set(a)
  return b
}

/**
 * Per phrase term (what termsOf counts, two or three syllables: isPhrase), the records per day of `length` days
 * from `from` that use it — only the terms used by at least `minCount` records on one day from `firstIndex` on
 * (a term below that on every day can raise no alert), in the order they first reach it (day by day, records in
 * their order). The same counts as termsOf per record, without a string per n-gram: each record folded once and
 * its clauses read as syllable ids (clauseIdsOfFolded); a term is the pair (first two syllables as one number,
 * third syllable or 0), counted once per record in a table of the day's terms (small: it stays in the processor's
 * cache); each day's counts kept as (term, count) and the kept terms' series read from them; only the terms kept
 * are spelled out.
 */
export function phraseSeries(docs: readonly TextDoc[], from: string, length: number, minCount: number, firstIndex: number): Map<string, number[]> {
  // the records of each day, in their order
  const dayIndex = new Map<string, number>()
  const byDay: TextDoc[][] = Array.from({ length }, () => [])
  for (const d of docs) {
    let i = dayIndex.get(d.day)
    if (i === undefined) dayIndex.set(d.day, (i = daysBetween(from, d.day)))
    if (i >= 0 && i < length) (byDay[i] as TextDoc[]).push(d)
  }
  const syllables = new SyllableIds()
  const today = new DayTerms()
  const kept = new PairIndex()
  let buf = new Int32Array(1024)
  // each day's terms and counts, as (a, b, count) from dayStart[i]
  let used = new Int32Array(3 << 14)
  let usedLength = 0
  const dayStart: number[] = []
  let record = 0
  for (let i = 0; i < length; i++) {
    dayStart.push(usedLength)
    today.clear()
    for (const d of byDay[i] as TextDoc[]) {
      record++
      const folded = fold(d.text)
      if (buf.length <= folded.length) buf = new Int32Array(folded.length * 2 + 1)
      const n = clauseIdsOfFolded(folded, syllables, buf)
      if (syllables.size >= ID_LIMIT) return phraseSeriesOfStrings(docs, from, length, minCount, firstIndex)
      const edge = syllables.edge
      // buf ends with a 0 (end of clause): y ≠ 0 means a + 2 < n
      for (let a = 0; a + 1 < n; a++) {
        const x = buf[a] as number
        if (x === 0 || !edge[x - 1]) continue
        const y = buf[a + 1] as number
        if (y === 0) continue
        const two = x * ID_LIMIT + y
        const z = buf[a + 2] as number
        for (let k = 0; k < 2; k++) {
          // k = 0: the two syllables x y; k = 1: x y z
          const end = k === 0 ? y : z
          if (end === 0 || !edge[end - 1]) continue
          today.use(two, k === 0 ? 0 : z, record)
        }
      }
    }
    if (used.length < usedLength + 3 * today.size) used = grow(used, 2 * (usedLength + 3 * today.size))
    for (let t = 0; t < today.size; t++) {
      const a = today.a[t] as number
      const b = today.b[t] as number
      const c = today.records(a, b)
      used[usedLength++] = a
      used[usedLength++] = b
      used[usedLength++] = c
      if (i >= firstIndex && c >= minCount) kept.add(a, b)
    }
  }
  dayStart.push(usedLength)
  const series = Array.from({ length: kept.size }, () => Array.from({ length }, () => 0))
  for (let i = 0; i < length; i++) {
    for (let p = dayStart[i] as number; p < (dayStart[i + 1] as number); p += 3) {
      const t = kept.find(used[p] as number, used[p + 1] as number)
      if (t >= 0) (series[t] as number[])[i] = used[p + 2] as number
    }
  }
  const out = new Map<string, number[]>()
  const word = (id: number) => syllables.words[id - 1] as string
  for (let t = 0; t < kept.size; t++) {
    const two = kept.a[t] as number
    const z = kept.b[t] as number
    const name = `${word(Math.floor(two / ID_LIMIT))} ${word(two % ID_LIMIT)}`
    out.set(z === 0 ? name : `${name} ${word(z)}`, series[t] as number[])
  }
  return out
}

/** phraseSeries through termsOf (strings), for a window whose vocabulary outgrows the ids. */
function phraseSeriesOfStrings(docs: readonly TextDoc[], from: string, length: number, minCount: number, firstIndex: number): Map<string, number[]> {
  const all = new Map<string, number[]>()
  for (const d of docs) {
    const i = daysBetween(from, d.day)
    if (i < 0 || i >= length) continue
    for (const term of termsOf(d.text)) {
      if (!isPhrase(term)) continue
      let counts = all.get(term)
      if (!counts) all.set(term, (counts = Array.from({ length }, () => 0)))
      counts[i] = (counts[i] as number) + 1
    }
  }
  return new Map([...all].filter(([, counts]) => counts.some((n, i) => i >= firstIndex && n >= minCount)))
}

/**
 * Terms worth an alert or a place among emerging terms: two syllables or more. One syllable alone is mostly a
 * piece of a word ("gia", "quan", "thu") or a common word ("có", "không"), rising with any busy day.
 */
export function isPhrase(term: string): boolean {
  return term.includes(' ')
}

/** Does the document hold the folded phrase as whole words in order (what a quoted search finds)? */
export function holds(d: TextDoc, phrase: string): boolean {
  return d.words.includes(` ${phrase} `)
}

// words of single spaces between non-empty words (a phrase)
const PLAIN_PHRASE = /^[^ ]+( [^ ]+)*$/

/**
 * Which documents hold a phrase, as `holds` answers, without reading every document's words: each document's words
 * as ids, and per word the documents that use it; a phrase is looked for only in the documents of its rarest word.
 * For words ` w1 … wn ` (n ≥ 1, single spaces, none empty) and a phrase `p1 … pk` (the same without the padding),
 * ` p1 … pk ` occurs in the words exactly when p1 … pk are k words in a row of w1 … wn; any other document or
 * phrase is read with `holds` itself.
 */
export class PhraseFinder {
  readonly #ids: SyllableIds
  /** per document, its words' ids (null: not plain, read with holds) */
  readonly #seq: (Int32Array | null)[]
  /** the documents using word id w, ascending: #docs from #start[w − 1] to #start[w] */
  readonly #start: Int32Array
  readonly #docs: Int32Array
  readonly #odd: number[] = []

  /** A finder over `docs`, or over docs[i] of `parent` for each i of `only` (in that order), sharing its words. */
  constructor(readonly docs: readonly TextDoc[], parent?: { finder: PhraseFinder; only: readonly number[] }) {
    this.#ids = parent ? parent.finder.#ids : new SyllableIds()
    this.#seq = parent ? parent.only.map((i) => parent.finder.#seq[i] as Int32Array | null) : docs.map((d) => wordIds(d.words, this.#ids))
    const words = this.#ids.size
    const lastDoc = new Int32Array(words).fill(-1)
    // how many documents use each word, then where each word's documents start, then the documents
    const start = new Int32Array(words + 1)
    this.#seq.forEach((seq, i) => {
      if (!seq) this.#odd.push(i)
      else {
        for (const id of seq) {
          if (lastDoc[id - 1] === i) continue
          lastDoc[id - 1] = i
          start[id] = (start[id] as number) + 1
        }
      }
    })
    for (let w = 1; w <= words; w++) start[w] = (start[w] as number) + (start[w - 1] as number)
    const at = start.slice(0, words)
    this.#docs = new Int32Array(start[words] as number)
    lastDoc.fill(-1)
    this.#seq.forEach((seq, i) => {
      if (!seq) return
      for (const id of seq) {
        if (lastDoc[id - 1] === i) continue
        lastDoc[id - 1] = i
        this.#docs[at[id - 1]!++] = i
      }
    })
    this.#start = start
  }

  /** A finder over some of the documents (indices into `docs`, in the order given): no word read again. */
  only(indices: readonly number[]): PhraseFinder {
    return new PhraseFinder(indices.map((i) => this.docs[i] as TextDoc), { finder: this, only: indices })
  }

  /** The indices of the documents that hold the phrase, ascending: those i for which holds(docs[i], phrase). */
  holding(phrase: string): number[] {
    if (!PLAIN_PHRASE.test(phrase)) return this.docs.flatMap((d, i) => (holds(d, phrase) ? [i] : []))
    const ids = phrase.split(' ').map((w) => this.#ids.find(w))
    const odd = this.#odd.filter((i) => holds(this.docs[i] as TextDoc, phrase))
    // the rarest word's documents (a word unknown, or known only to the documents of another finder: none)
    let from = 0
    let to = -1
    for (const id of ids) {
      if (id === 0 || id >= this.#start.length) return odd
      const a = this.#start[id - 1] as number
      const b = this.#start[id] as number
      if (to < 0 || b - a < to - from) [from, to] = [a, b]
    }
    const out: number[] = []
    for (let k = from; k < to; k++) {
      const i = this.#docs[k] as number
      if (inRow(this.#seq[i] as Int32Array, ids)) out.push(i)
    }
    if (odd.length === 0) return out
    return [...out, ...odd].sort((a, b) => a - b)
  }
}

let wordBuf = new Int32Array(256)
/** The ids of the words of ` w1 … wn ` (n ≥ 1, single spaces, none empty), else null. */
function wordIds(words: string, ids: SyllableIds): Int32Array | null {
  const len = words.length
  if (len < 3 || words.charCodeAt(0) !== 32 || words.charCodeAt(len - 1) !== 32) return null
  let n = 0
  for (let i = 1; i < len; i++) {
    const start = i
    let h = SYLLABLE_HASH_START
    for (let c = words.charCodeAt(i); c !== 32; c = words.charCodeAt(++i)) h = syllableHashStep(h, c)
    if (i === start) return null
    if (n === wordBuf.length) wordBuf = grow(wordBuf, n * 2)
    wordBuf[n++] = ids.idOfPiece(words, start, i, h)
  }
  return wordBuf.slice(0, n)
}

/** Does `seq` hold `ids` in a row? */
function inRow(seq: Int32Array, ids: number[]): boolean {
  const k = ids.length
  const first = ids[0] as number
  for (let j = 0; j + k <= seq.length; j++) {
    if (seq[j] !== first) continue
    let m = 1
    while (m < k && seq[j + m] === ids[m]) m++
    if (m === k) return true
  }
  return false
}

export type TermGroup = { phrase: string; label: string; members: string[] }

/**
 * Groups ranked terms (best first) whose records overlap by at least `minJaccard`, at most `limit` groups, and
 * names each by the longest written phrase around its best term that covers other members (at most 8 words,
 * so that a quoted search of it works), in lower case as most often written.
 */
export function groupTerms(terms: readonly string[], docs: readonly TextDoc[], limit: number, minJaccard = 0.8, finder = new PhraseFinder(docs)): TermGroup[] {
  const groups: { members: string[]; set: Set<number> }[] = []
  for (const term of terms) {
    const set = new Set(finder.holding(term))
    if (set.size === 0) continue
    const home = groups.find((g) => jaccard(g.set, set) >= minJaccard)
    if (home) home.members.push(term)
    else if (groups.length < limit) groups.push({ members: [term], set })
  }
  return groups.map((g) => {
    const sample = [...g.set].slice(0, 20).map((i) => docs[i] as TextDoc)
    // in each sample record, the best piece's first occurrence (merged with overlapping ones)
    const arounds = sample.map((d) => matchSpans(d.text, { terms: [], phrases: [(g.members[0] as string).split(' ')], prefix: null })[0])
    const named = nameOf(g.members, sample, arounds)
    // the covering phrase must still find (nearly) the group's records, else the best piece names it
    const found = [...g.set].filter((i) => holds(docs[i] as TextDoc, named.phrase)).length
    return { ...(found >= minJaccard * g.set.size ? named : nameOf([g.members[0] as string], sample, arounds)), members: g.members }
  })
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

/**
 * The phrase and its written form: in each sample record, the run of matched members around the best one (the
 * first, whose first occurrence in each sample record is `arounds`; a member alone is its own run).
 */
function nameOf(members: string[], sample: TextDoc[], arounds: (Span | undefined)[]): { phrase: string; label: string } {
  const best = members[0] as string
  const forms = new Map<string, number>()
  for (const [k, d] of sample.entries()) {
    const around = arounds[k]
    if (!around) continue
    // merged spans of all members: the one holding the best member's first occurrence
    const spans = members.length === 1 ? [around] : matchSpans(d.text, { terms: [], phrases: members.map((m) => m.split(' ')), prefix: null })
    const span = spans.find((s) => s.start <= around.start && s.end >= around.end) ?? around
    let form = d.text.slice(span.start, span.end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ')
    if (toSearchText(form).split(' ').length > MAX_PHRASE_WORDS) form = d.text.slice(around.start, around.end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ')
    forms.set(form, (forms.get(form) ?? 0) + 1)
  }
  // as written with its accents when anyone wrote it so ("niêm yết" before "niem yet"), then the most frequent
  const accented = (f: string) => (f !== fold(f) ? 1 : 0)
  const label = [...forms].sort((a, b) => accented(b[0]) - accented(a[0]) || b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0]
  return label ? { phrase: toSearchText(label), label } : { phrase: best, label: best }
}
