/**
 * Near-duplicates: the same complaint retold in other words, or copied across groups with a line added.
 * Texts become sets of folded content words (stop words out, a few synonyms merged: "đền bù" = "bồi thường")
 * and their bigrams; MinHash with banding (LSH) finds candidate pairs without comparing all pairs, and each
 * candidate is scored exactly.
 */
import { isStopWord } from './stopwords.ts'
import { clauses } from './tokenize.ts'

// folded synonyms people use for the same thing, mapped to one form
const SYNONYMS = new Map<string, string>(
  Object.entries({
    'den bu': 'boi thuong',
    ubnd: 'uy ban',
    'uy ban nhan dan': 'uy ban',
    gpmb: 'giai phong mat bang',
    'rac thai': 'rac',
    'ngap ung': 'ngap',
    'ngap lut': 'ngap',
    'buc xuc': 'phan doi',
    'khong dong tinh': 'phan doi',
    bhyt: 'bao hiem y te',
    'so hong': 'so do',
    'hoc sinh': 'hoc',
    'phu huynh': 'hoc',
    'cong an': 'ca',
    ko: 'khong',
    k: 'khong',
  }),
)
const MAX_SYNONYM_LENGTH = 4

function canonicalWords(text: string): string[] {
  const out: string[] = []
  for (const c of clauses(text)) {
    for (let i = 0; i < c.length; ) {
      let taken = false
      for (let n = Math.min(MAX_SYNONYM_LENGTH, c.length - i); n >= 1; n--) {
        const s = SYNONYMS.get(c.slice(i, i + n).join(' '))
        if (s !== undefined) {
          out.push(...s.split(' '))
          i += n
          taken = true
          break
        }
      }
      if (!taken) out.push(c[i++] as string)
    }
  }
  return out.filter((w) => !isStopWord(w))
}

function hash(s: string): number {
  // FNV-1a, 32 bits
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Number of MinHash values; bands × rows. */
export const MINHASH_SIZE = 64
const BANDS = 32
const ROWS = MINHASH_SIZE / BANDS
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0] as const)

/** What is compared: word and bigram hashes (sorted, distinct) and the MinHash of the words. */
export type DedupSignature = { words: Uint32Array; bigrams: Uint32Array; minhash: Uint32Array }

function distinctSorted(values: number[]): Uint32Array {
  const a = Uint32Array.from(new Set(values))
  a.sort()
  return a
}

/** The signature of a text (compute once per record, compare many times). */
export function signature(text: string): DedupSignature {
  const w = canonicalWords(text)
  const words = distinctSorted(w.map(hash))
  const bigrams = distinctSorted(w.slice(1).map((x, i) => hash(`${w[i]} ${x}`)))
  const minhash = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (const x of words) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const [a, b] = SEEDS[i] as readonly [number, number]
      let h = (Math.imul(x ^ b, a) ^ (x >>> 13)) >>> 0
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0
      if (h < (minhash[i] as number)) minhash[i] = h
    }
  }
  return { words, bigrams, minhash }
}

function intersection(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/**
 * Similarity in [0, 1] of two signatures: mostly shared words (Jaccard), some word order (bigram Jaccard), and
 * containment, so that a short complaint copied inside a longer post still scores high.
 */
export function signatureSimilarity(a: DedupSignature, b: DedupSignature): number {
  if (a.words.length === 0 || b.words.length === 0) return a.words.length === b.words.length ? 1 : 0
  const iw = intersection(a.words, b.words)
  const jw = iw / (a.words.length + b.words.length - iw)
  const ib = intersection(a.bigrams, b.bigrams)
  const ub = a.bigrams.length + b.bigrams.length - ib
  const jb = ub === 0 ? jw : ib / ub
  const small = Math.min(a.words.length, b.words.length)
  const containment = small >= 6 ? iw / small : 0
  return Math.min(1, Math.max(0.65 * jw + 0.35 * jb + 0.25 * Math.sqrt(jw * jb), 0.9 * containment * containment))
}

/** Similarity in [0, 1] of two texts (see signatureSimilarity). */
export function similarity(a: string, b: string): number {
  return signatureSimilarity(signature(a), signature(b))
}

/** Default score from which two records are taken for the same story (chosen on the pairs in dedup.test.ts). */
export const NEAR_DUPLICATE_THRESHOLD = 0.45

export type NearDuplicatePair = { a: string; b: string; score: number }

/** Candidate near-duplicate pairs among items, best first; ids in each pair in input order. */
export function findNearDuplicates(items: readonly { id: string; text: string }[], options: { threshold?: number } = {}): NearDuplicatePair[] {
  const threshold = options.threshold ?? NEAR_DUPLICATE_THRESHOLD
  const sigs = items.map((it) => signature(it.text))
  const buckets = new Map<string, number[]>()
  sigs.forEach((s, idx) => {
    if (s.words.length === 0) return
    for (let band = 0; band < BANDS; band++) {
      let key = `${band}`
      for (let r = 0; r < ROWS; r++) key += ':' + (s.minhash[band * ROWS + r] as number)
      const list = buckets.get(key) ?? []
      list.push(idx)
      buckets.set(key, list)
    }
  })
  const seen = new Set<number>()
  const out: NearDuplicatePair[] = []
  const n = items.length
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number
        const j = list[y] as number
        const key = i * n + j
        if (seen.has(key)) continue
        seen.add(key)
        const score = signatureSimilarity(sigs[i] as DedupSignature, sigs[j] as DedupSignature)
        if (score >= threshold) out.push({ a: (items[i] as { id: string }).id, b: (items[j] as { id: string }).id, score: Math.round(score * 1000) / 1000 })
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b))
}

/** Groups of ids that are near-duplicates of each other (connected through pairs), only groups of two or more. */
export function groupNearDuplicates(items: readonly { id: string; text: string }[], options: { threshold?: number } = {}): string[][] {
  const parent = new Map<string, string>(items.map((it) => [it.id, it.id]))
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r) as string
    parent.set(x, r)
    return r
  }
  for (const p of findNearDuplicates(items, options)) parent.set(find(p.a), find(p.b))
  const groups = new Map<string, string[]>()
  for (const it of items) {
    const r = find(it.id)
    groups.set(r, [...(groups.get(r) ?? []), it.id])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}
