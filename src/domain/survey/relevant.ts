/**
 * Show-if logic (XLSForm `relevant`): a parser and an evaluator for the subset of XPath that XLSForm authors
 * use for skip logic. Pure.
 *
 * Grammar (lowest precedence first):
 *   expr    := and ('or' and)*
 *   and     := compare ('and' compare)*
 *   compare := operand (('=' | '!=' | '<' | '<=' | '>' | '>=') operand)?
 *   operand := '(' expr ')' | ${name} | 'text' | "text" | number | -number
 *            | selected(${name}, operand) | count-selected(${name}) | not(expr) | true() | false()
 *
 * Evaluation against one respondent's Answers:
 * - an unanswered question (absent, '' or an empty list) makes every comparison false — `${q} != 'x'` too —
 *   except the XLSForm idiom for "unanswered": `${q} = ''` is true and `${q} != ''` false when q is unanswered;
 * - `=`/`!=` compare as numbers when either side is a number (`${age} = '30'`), otherwise as text; a
 *   multiple-choice answer compares as its values joined by spaces, as XLSForm stores it;
 * - `<`, `<=`, `>`, `>=` compare as numbers; text that is not a number makes them false;
 * - a bare operand is true when answered (a number: when not 0); a matrix answer is true when a row is answered
 *   and is never equal to anything (so `!=` holds against any value).
 */
import { DomainError } from '../errors.ts'
import type { AnswerValue, Answers } from './model.ts'

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>='

/** The parsed expression. */
export type Expr =
  | { kind: 'or' | 'and'; left: Expr; right: Expr }
  | { kind: 'not'; arg: Expr }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { kind: 'ref'; name: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'selected'; name: string; value: Expr }
  | { kind: 'countSelected'; name: string }

/** Codes of parse errors (each has a message in the i18n files). */
export const RELEVANT_ERROR_CODES = [
  'SURVEY_RELEVANT_EMPTY', // nothing to parse
  'SURVEY_RELEVANT_UNEXPECTED_CHARACTER', // a character no token starts with ("#", "+", "|" …)
  'SURVEY_RELEVANT_UNTERMINATED_STRING', // 'abc without its closing quote
  'SURVEY_RELEVANT_BAD_REFERENCE', // ${ without a valid name and a closing }
  'SURVEY_RELEVANT_UNKNOWN_FUNCTION', // a function or word this evaluator does not know (position(), if(), .)
  'SURVEY_RELEVANT_UNEXPECTED_TOKEN', // a token where it cannot stand ("= 'x'", "a b", ") (")
  'SURVEY_RELEVANT_UNEXPECTED_END', // the text stops too early ("${a} =", "not(")
] as const
export type RelevantErrorCode = (typeof RELEVANT_ERROR_CODES)[number]

/** A relevant expression that does not parse: `code` and the 0-based character `position` where it went wrong. */
export class RelevantParseError extends DomainError {
  constructor(
    override readonly code: RelevantErrorCode,
    readonly position: number,
  ) {
    super(code, { position })
    this.name = 'RelevantParseError'
  }
}

type Token =
  | { t: 'ref'; name: string; pos: number }
  | { t: 'string'; value: string; pos: number }
  | { t: 'number'; value: number; pos: number }
  | { t: 'word'; value: string; pos: number }
  | { t: 'op'; value: CompareOp; pos: number }
  | { t: '(' | ')' | ',' | '-'; pos: number }
  | { t: 'end'; pos: number }

function tokenize(src: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
    } else if (c === '$') {
      const m = /^\$\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/.exec(src.slice(i))
      if (!m) throw new RelevantParseError('SURVEY_RELEVANT_BAD_REFERENCE', i)
      out.push({ t: 'ref', name: m[1]!, pos: i })
      i += m[0].length
    } else if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1) // XPath 1.0 strings have no escapes
      if (end < 0) throw new RelevantParseError('SURVEY_RELEVANT_UNTERMINATED_STRING', i)
      out.push({ t: 'string', value: src.slice(i + 1, end), pos: i })
      i = end + 1
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(\d+(\.\d*)?|\.\d+)/.exec(src.slice(i))!
      out.push({ t: 'number', value: Number(m[0]), pos: i })
      i += m[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!
      out.push({ t: 'word', value: m[0], pos: i })
      i += m[0].length
    } else if (c === '!' || c === '<' || c === '>' || c === '=') {
      const two = src.slice(i, i + 2)
      if (two === '!=' || two === '<=' || two === '>=') {
        out.push({ t: 'op', value: two, pos: i })
        i += 2
      } else if (c === '!') {
        throw new RelevantParseError('SURVEY_RELEVANT_UNEXPECTED_CHARACTER', i)
      } else {
        out.push({ t: 'op', value: c as CompareOp, pos: i })
        i++
      }
    } else if (c === '(' || c === ')' || c === ',' || c === '-') {
      out.push({ t: c, pos: i })
      i++
    } else if (c === '.') {
      // "." is the current answer, only meaningful in constraints
      throw new RelevantParseError('SURVEY_RELEVANT_UNKNOWN_FUNCTION', i)
    } else {
      throw new RelevantParseError('SURVEY_RELEVANT_UNEXPECTED_CHARACTER', i)
    }
  }
  out.push({ t: 'end', pos: src.length })
  return out
}

class Parser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i]!
  }
  private next(): Token {
    const t = this.tokens[this.i]!
    if (t.t !== 'end') this.i++
    return t
  }
  private fail(t: Token): never {
    throw new RelevantParseError(t.t === 'end' ? 'SURVEY_RELEVANT_UNEXPECTED_END' : 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', t.pos)
  }
  private expect(kind: '(' | ')' | ','): void {
    const t = this.next()
    if (t.t !== kind) this.fail(t)
  }
  private isWord(w: string): boolean {
    const t = this.peek()
    return t.t === 'word' && t.value === w
  }

  parseAll(): Expr {
    const e = this.parseOr()
    const t = this.peek()
    if (t.t !== 'end') this.fail(t)
    return e
  }
  private parseOr(): Expr {
    let left = this.parseAnd()
    while (this.isWord('or')) {
      this.next()
      left = { kind: 'or', left, right: this.parseAnd() }
    }
    return left
  }
  private parseAnd(): Expr {
    let left = this.parseCompare()
    while (this.isWord('and')) {
      this.next()
      left = { kind: 'and', left, right: this.parseCompare() }
    }
    return left
  }
  private parseCompare(): Expr {
    const left = this.parseOperand()
    const t = this.peek()
    if (t.t !== 'op') return left
    this.next()
    return { kind: 'compare', op: t.value, left, right: this.parseOperand() }
  }
  private parseRef(): string {
    const t = this.next()
    if (t.t !== 'ref') this.fail(t)
    return t.name
  }
  private parseOperand(): Expr {
    const t = this.next()
    switch (t.t) {
      case '(': {
        const e = this.parseOr()
        this.expect(')')
        return e
      }
      case 'ref':
        return { kind: 'ref', name: t.name }
      case 'string':
        return { kind: 'string', value: t.value }
      case 'number':
        return { kind: 'number', value: t.value }
      case '-': {
        const n = this.next()
        if (n.t !== 'number') this.fail(n)
        return { kind: 'number', value: -n.value }
      }
      case 'word':
        return this.parseCall(t)
      default:
        return this.fail(t)
    }
  }
  private parseCall(t: Extract<Token, { t: 'word' }>): Expr {
    const known = ['selected', 'count-selected', 'not', 'true', 'false']
    if (!known.includes(t.value)) {
      // "and"/"or" where an operand should be is misplaced, anything else is a function we do not evaluate
      if (t.value === 'and' || t.value === 'or') this.fail(t)
      throw new RelevantParseError('SURVEY_RELEVANT_UNKNOWN_FUNCTION', t.pos)
    }
    this.expect('(')
    let e: Expr
    if (t.value === 'selected') {
      const name = this.parseRef()
      this.expect(',')
      e = { kind: 'selected', name, value: this.parseOr() }
    } else if (t.value === 'count-selected') {
      e = { kind: 'countSelected', name: this.parseRef() }
    } else if (t.value === 'not') {
      e = { kind: 'not', arg: this.parseOr() }
    } else {
      e = { kind: 'bool', value: t.value === 'true' }
    }
    this.expect(')')
    return e
  }
}

/** Parses a relevant expression; throws RelevantParseError (and nothing else) when it does not parse. */
export function parseRelevant(src: string): Expr {
  if (src.trim() === '') throw new RelevantParseError('SURVEY_RELEVANT_EMPTY', 0)
  return new Parser(tokenize(src)).parseAll()
}

/** The parse as a result instead of an exception: `{ ok: false, code, position }` for a bad expression. */
export function tryParseRelevant(src: string): { ok: true; expr: Expr } | { ok: false; code: RelevantErrorCode; position: number } {
  try {
    return { ok: true, expr: parseRelevant(src) }
  } catch (e) {
    if (e instanceof RelevantParseError) return { ok: false, code: e.code, position: e.position }
    throw e
  }
}

/** Names of the questions an expression refers to (`${name}`), each once, in order of first appearance. */
export function questionsReferenced(expr: string | Expr): string[] {
  const out = new Set<string>()
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case 'or':
      case 'and':
      case 'compare':
        walk(e.left)
        walk(e.right)
        break
      case 'not':
        walk(e.arg)
        break
      case 'ref':
      case 'countSelected':
        out.add(e.name)
        break
      case 'selected':
        out.add(e.name)
        walk(e.value)
        break
      default:
        break
    }
  }
  walk(typeof expr === 'string' ? parseRelevant(expr) : expr)
  return [...out]
}

/** Writes an expression back as text (fully parenthesised where precedence needs it); parses back to the same Expr. */
export function formatRelevant(e: Expr): string {
  switch (e.kind) {
    case 'or':
      return `${formatRelevant(e.left)} or ${wrapIf(e.right, ['or'])}`
    case 'and':
      return `${wrapIf(e.left, ['or'])} and ${wrapIf(e.right, ['or', 'and'])}`
    case 'compare':
      return `${wrapIf(e.left, ['or', 'and', 'compare'])} ${e.op} ${wrapIf(e.right, ['or', 'and', 'compare'])}`
    case 'not':
      return `not(${formatRelevant(e.arg)})`
    case 'ref':
      return `\${${e.name}}`
    case 'string':
      return e.value.includes("'") ? `"${e.value}"` : `'${e.value}'`
    case 'number':
      return String(e.value)
    case 'bool':
      return e.value ? 'true()' : 'false()'
    case 'selected':
      return `selected(\${${e.name}}, ${formatRelevant(e.value)})`
    case 'countSelected':
      return `count-selected(\${${e.name}})`
  }
}

function wrapIf(e: Expr, kinds: Expr['kind'][]): string {
  return kinds.includes(e.kind) ? `(${formatRelevant(e)})` : formatRelevant(e)
}

// ---- evaluation ----

/** A value during evaluation: null = unanswered; 'matrix' = an answered matrix (not comparable). */
type Value = null | string | number | boolean | string[] | { matrix: true }

function answerValue(a: AnswerValue | undefined): Value {
  if (a === undefined || a === null || a === '') return null
  if (Array.isArray(a)) return a.length === 0 ? null : a
  if (typeof a === 'object') return Object.keys(a).length === 0 ? null : { matrix: true }
  if (typeof a === 'number' && !Number.isFinite(a)) return null
  return a
}

function truthy(v: Value): boolean {
  if (v === null) return false
  if (typeof v === 'number') return v !== 0
  if (typeof v === 'boolean') return v
  return true // answered text, choices, matrix
}

function asText(v: Exclude<Value, null>): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (Array.isArray(v)) return v.join(' ')
  return null
}

function asNumber(v: Exclude<Value, null>): number {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  const s = asText(v)
  return s === null || s.trim() === '' ? NaN : Number(s)
}

function compare(op: CompareOp, l: Value, r: Value): boolean {
  // `${q} = ''` asks whether q is unanswered
  if (l === null || r === null) {
    const other = l === null ? r : l
    return op === '=' && (other === null || other === '')
  }
  if (typeof l === 'boolean' || typeof r === 'boolean') {
    const a = typeof l === 'boolean' ? l : truthy(l)
    const b = typeof r === 'boolean' ? r : truthy(r)
    if (op === '=') return a === b
    if (op === '!=') return a !== b
    return numeric(op, Number(a), Number(b))
  }
  if (op === '=' || op === '!=') {
    let eq: boolean
    if (typeof l === 'number' || typeof r === 'number') eq = asNumber(l) === asNumber(r)
    else {
      const a = asText(l)
      const b = asText(r)
      eq = a !== null && b !== null && a === b // a matrix (no text) equals nothing
    }
    return op === '=' ? eq : !eq
  }
  return numeric(op, asNumber(l), asNumber(r))
}

function numeric(op: CompareOp, a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false
  switch (op) {
    case '<':
      return a < b
    case '<=':
      return a <= b
    case '>':
      return a > b
    case '>=':
      return a >= b
    case '=':
      return a === b
    case '!=':
      return a !== b
  }
}

function selectedValues(v: Value): string[] {
  if (v === null || typeof v === 'boolean' || (typeof v === 'object' && !Array.isArray(v))) return []
  if (Array.isArray(v)) return v
  return String(v).split(/\s+/).filter((s) => s !== '')
}

function evaluate(e: Expr, answers: Answers): Value {
  switch (e.kind) {
    case 'or':
      return truthy(evaluate(e.left, answers)) || truthy(evaluate(e.right, answers))
    case 'and':
      return truthy(evaluate(e.left, answers)) && truthy(evaluate(e.right, answers))
    case 'not':
      return !truthy(evaluate(e.arg, answers))
    case 'compare':
      return compare(e.op, evaluate(e.left, answers), evaluate(e.right, answers))
    case 'ref':
      return answerValue(Object.hasOwn(answers, e.name) ? answers[e.name] : undefined)
    case 'string':
      return e.value
    case 'number':
      return e.value
    case 'bool':
      return e.value
    case 'selected': {
      const wanted = evaluate(e.value, answers)
      if (wanted === null) return false
      const w = asText(wanted)
      return w !== null && selectedValues(answerValue(Object.hasOwn(answers, e.name) ? answers[e.name] : undefined)).includes(w)
    }
    case 'countSelected':
      return selectedValues(answerValue(Object.hasOwn(answers, e.name) ? answers[e.name] : undefined)).length
  }
}

/** Whether an expression holds for these answers (a string is parsed first and may throw RelevantParseError). */
export function evaluateRelevant(expr: string | Expr, answers: Answers): boolean {
  return truthy(evaluate(typeof expr === 'string' ? parseRelevant(expr) : expr, answers))
}

/** Parses once and returns the test; an absent or blank expression is always true. */
export function compileRelevant(src: string | undefined): (answers: Answers) => boolean {
  if (src === undefined || src.trim() === '') return () => true
  const expr = parseRelevant(src)
  return (answers) => truthy(evaluate(expr, answers))
}
