/**
 * From n-grams to what people said: the term counts (src/text/terms.ts) cut a phrase into overlapping pieces
 * ("tram y te", "y te thieu", "te thieu thuoc" for "Trạm y tế thiếu thuốc"), and they all rise together. Pieces
 * found in nearly the same records are one group, named by the phrase that covers them as it was written.
 */
import { daysBetween } from '../../domain/trends.ts'
import { fold } from '../../text/fold.ts'
import { matchSpans } from '../../text/highlight.ts'
import { MAX_PHRASE_WORDS, toSearchText } from '../../text/search.ts'
import { isStopWord } from '../../text/stopwords.ts'
import { clausesOfFolded } from '../../text/tokenize.ts'
import { termsOf } from '../../text/terms.ts'

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

const NUMBER = /^[0-9]+$/
/**
 * Syllable ids below 2^15: two syllables are one small integer below 2^30 (V8 keeps it unboxed, no allocation per
 * n-gram), three one exact number below 2^45.
 */
const ID_LIMIT = 2 ** 15

/**
 * Per phrase term (what termsOf counts, two or three syllables: isPhrase), the records per day of `length` days
 * from `from` that use it — only the terms used by at least `minCount` records on one day from `firstIndex` on
 * (a term below that on every day can raise no alert). The same counts as termsOf per record, without a string
 * and a set entry per n-gram: syllables become ids, an n-gram one number, each record's n-grams counted once per
 * day; only the terms kept are spelled out.
 */
export function phraseSeries(docs: readonly TextDoc[], from: string, length: number, minCount: number, firstIndex: number): Map<string, number[]> {
  const ids = new Map<string, number>()
  const words: string[] = []
  const skip: boolean[] = []
  const idOf = (w: string): number => {
    let id = ids.get(w)
    if (id === undefined) {
      id = words.length + 1
      ids.set(w, id)
      words.push(w)
      skip.push(isStopWord(w) || NUMBER.test(w))
    }
    return id
  }
  const perDay = Array.from({ length }, () => new Map<number, number>())
  const seen = new Set<number>()
  for (const d of docs) {
    const i = daysBetween(from, d.day)
    if (i < 0 || i >= length) continue
    const counts = perDay[i] as Map<number, number>
    seen.clear()
    for (const clause of clausesOfFolded(fold(d.text))) {
      const c = clause.map(idOf)
      if (words.length >= ID_LIMIT) return phraseSeriesOfStrings(docs, from, length, minCount, firstIndex)
      for (let a = 0; a + 1 < c.length; a++) {
        const x = c[a] as number
        if (skip[x - 1]) continue
        const y = c[a + 1] as number
        const two = x * ID_LIMIT + y
        if (!skip[y - 1] && !seen.has(two)) {
          seen.add(two)
          counts.set(two, (counts.get(two) ?? 0) + 1)
        }
        if (a + 2 >= c.length) continue
        const z = c[a + 2] as number
        const three = two * ID_LIMIT + z
        if (!skip[z - 1] && !seen.has(three)) {
          seen.add(three)
          counts.set(three, (counts.get(three) ?? 0) + 1)
        }
      }
    }
  }
  const kept = new Set<number>()
  for (let i = Math.max(0, firstIndex); i < length; i++) for (const [k, n] of perDay[i] as Map<number, number>) if (n >= minCount) kept.add(k)
  const out = new Map<string, number[]>()
  for (const k of kept) {
    const counts = perDay.map((m) => m.get(k) ?? 0)
    // two syllables: x·2^15 + y < 2^30; three: (x·2^15 + y)·2^15 + z ≥ 2^30 (ids start at 1)
    const parts = k < ID_LIMIT * ID_LIMIT ? [Math.floor(k / ID_LIMIT), k % ID_LIMIT] : [Math.floor(k / ID_LIMIT ** 2), Math.floor(k / ID_LIMIT) % ID_LIMIT, k % ID_LIMIT]
    out.set(parts.map((id) => words[id - 1]).join(' '), counts)
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

export type TermGroup = { phrase: string; label: string; members: string[] }

/**
 * Groups ranked terms (best first) whose records overlap by at least `minJaccard`, at most `limit` groups, and
 * names each by the longest written phrase around its best term that covers other members (at most 8 words,
 * so that a quoted search of it works), in lower case as most often written.
 */
export function groupTerms(terms: readonly string[], docs: readonly TextDoc[], limit: number, minJaccard = 0.8): TermGroup[] {
  const groups: { members: string[]; set: Set<number> }[] = []
  for (const term of terms) {
    const set = new Set<number>()
    docs.forEach((d, i) => {
      if (holds(d, term)) set.add(i)
    })
    if (set.size === 0) continue
    const home = groups.find((g) => jaccard(g.set, set) >= minJaccard)
    if (home) home.members.push(term)
    else if (groups.length < limit) groups.push({ members: [term], set })
  }
  return groups.map((g) => {
    const sample = [...g.set].slice(0, 20).map((i) => docs[i] as TextDoc)
    const named = nameOf(g.members, sample)
    // the covering phrase must still find (nearly) the group's records, else the best piece names it
    const found = [...g.set].filter((i) => holds(docs[i] as TextDoc, named.phrase)).length
    return { ...(found >= minJaccard * g.set.size ? named : nameOf([g.members[0] as string], sample)), members: g.members }
  })
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let both = 0
  for (const x of a) if (b.has(x)) both++
  return both / (a.size + b.size - both)
}

/** The phrase and its written form: in each sample record, the run of matched members around the best one. */
function nameOf(members: string[], sample: TextDoc[]): { phrase: string; label: string } {
  const best = members[0] as string
  const forms = new Map<string, number>()
  for (const d of sample) {
    const around = matchSpans(d.text, { terms: [], phrases: [best.split(' ')], prefix: null })[0]
    if (!around) continue
    // merged spans of all members: the one holding the best member's first occurrence
    const spans = matchSpans(d.text, { terms: [], phrases: members.map((m) => m.split(' ')), prefix: null })
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
