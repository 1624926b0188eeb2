/**
 * From n-grams to what people said: the term counts (src/text/terms.ts) cut a phrase into overlapping pieces
 * ("tram y te", "y te thieu", "te thieu thuoc" for "Trạm y tế thiếu thuốc"), and they all rise together. Pieces
 * found in nearly the same records are one group, named by the phrase that covers them as it was written.
 */
import { fold } from '../../text/fold.ts'
import { matchSpans } from '../../text/highlight.ts'
import { MAX_PHRASE_WORDS, toSearchText } from '../../text/search.ts'

/** A record's text for term counting (title and content as separate clauses) and its folded words, padded. */
export type TextDoc = { day: string; text: string; words: string }

export function textDoc(r: { heard_on: string; title: string; content: string }): TextDoc {
  const text = `${r.title}. ${r.content}`
  return { day: r.heard_on, text, words: ` ${toSearchText(text)} ` }
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
