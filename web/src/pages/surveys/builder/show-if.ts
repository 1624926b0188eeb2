/**
 * The visual show-if editor's model: a list of conditions joined by "and" or "or", written as the XLSForm
 * `relevant` expression the domain evaluates (`${q1} = 'a' and selected(${q2}, 'b')`), and read back from such
 * an expression when it has that simple shape. Anything else (parentheses, mixed and/or, functions) stays a raw
 * expression, edited as text and checked by the domain parser.
 */

/** What a condition tests: equal / not equal (one answer or a number), chosen / not chosen (multiple choice), greater / less. */
export const SHOW_IF_OPS = ['eq', 'ne', 'selected', 'notSelected', 'gt', 'lt'] as const
export type ShowIfOp = (typeof SHOW_IF_OPS)[number]

export type ShowIfCondition = { question: string; op: ShowIfOp; value: string }
export type ShowIf = { join: 'and' | 'or'; conditions: ShowIfCondition[] }

const NAME = '[A-Za-z_][A-Za-z0-9_]*'
const NUMBER = /^-?\d+(\.\d+)?$/

/** A value as written in an expression: numbers bare for > and <, everything else in single quotes. */
function literal(op: ShowIfOp, value: string): string {
  if ((op === 'gt' || op === 'lt') && NUMBER.test(value.trim())) return value.trim()
  return `'${value.replace(/'/g, '')}'`
}

/** One condition as an expression. */
export function conditionExpression(c: ShowIfCondition): string {
  const ref = `\${${c.question}}`
  switch (c.op) {
    case 'eq': return `${ref} = ${literal(c.op, c.value)}`
    case 'ne': return `${ref} != ${literal(c.op, c.value)}`
    case 'selected': return `selected(${ref}, ${literal(c.op, c.value)})`
    case 'notSelected': return `not(selected(${ref}, ${literal(c.op, c.value)}))`
    case 'gt': return `${ref} > ${literal(c.op, c.value)}`
    case 'lt': return `${ref} < ${literal(c.op, c.value)}`
  }
}

/** The expression of a whole show-if; empty (always shown) when it has no complete condition. */
export function showIfExpression(s: ShowIf): string {
  return s.conditions
    .filter((c) => c.question && c.value !== '')
    .map(conditionExpression)
    .join(` ${s.join} `)
}

const PATTERNS: { op: ShowIfOp; re: RegExp }[] = [
  { op: 'notSelected', re: new RegExp(`^not\\s*\\(\\s*selected\\s*\\(\\s*\\$\\{(${NAME})\\}\\s*,\\s*'([^']*)'\\s*\\)\\s*\\)$`) },
  { op: 'selected', re: new RegExp(`^selected\\s*\\(\\s*\\$\\{(${NAME})\\}\\s*,\\s*'([^']*)'\\s*\\)$`) },
  { op: 'ne', re: new RegExp(`^\\$\\{(${NAME})\\}\\s*!=\\s*(?:'([^']*)'|(-?\\d+(?:\\.\\d+)?))$`) },
  { op: 'eq', re: new RegExp(`^\\$\\{(${NAME})\\}\\s*=\\s*(?:'([^']*)'|(-?\\d+(?:\\.\\d+)?))$`) },
  { op: 'gt', re: new RegExp(`^\\$\\{(${NAME})\\}\\s*>\\s*(?:'([^']*)'|(-?\\d+(?:\\.\\d+)?))$`) },
  { op: 'lt', re: new RegExp(`^\\$\\{(${NAME})\\}\\s*<\\s*(?:'([^']*)'|(-?\\d+(?:\\.\\d+)?))$`) },
]

function parseCondition(text: string): ShowIfCondition | null {
  const s = text.trim()
  for (const { op, re } of PATTERNS) {
    const m = re.exec(s)
    if (m) return { question: m[1]!, op, value: m[2] ?? m[3] ?? '' }
  }
  return null
}

/** Splits on a top-level word ` and ` / ` or ` outside quotes and parentheses. */
function splitTop(expr: string, word: 'and' | 'or'): string[] {
  const parts: string[] = []
  let depth = 0
  let quote = false
  let start = 0
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]
    if (ch === "'") quote = !quote
    else if (!quote && ch === '(') depth++
    else if (!quote && ch === ')') depth--
    else if (!quote && depth === 0 && /\s/.test(ch!)) {
      const rest = expr.slice(i + 1)
      if (rest.startsWith(`${word} `) || rest.startsWith(`${word}\t`)) {
        parts.push(expr.slice(start, i))
        i += word.length + 1
        start = i
      }
    }
  }
  parts.push(expr.slice(start))
  return parts.map((p) => p.trim())
}

/**
 * Reads an expression back into conditions, or null when it is not a flat list of simple conditions joined by one
 * of and/or (then the editor shows it as raw text). An empty expression is an empty "and" list.
 */
export function parseShowIf(expr: string | undefined): ShowIf | null {
  const text = (expr ?? '').trim()
  if (!text) return { join: 'and', conditions: [] }
  for (const join of ['or', 'and'] as const) {
    const parts = splitTop(text, join)
    if (join === 'or' && parts.length < 2) continue
    const conditions = parts.map(parseCondition)
    // "a and b or c" splits on "or" into a part that is no simple condition: not a flat list, so raw text
    if (conditions.every((c): c is ShowIfCondition => c !== null)) return { join, conditions }
  }
  return null
}

/** The names of the questions an expression refers to (`${name}`), each once, in order. */
export function referencedNames(expr: string | undefined): string[] {
  const names = [...(expr ?? '').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!)
  return [...new Set(names)]
}
