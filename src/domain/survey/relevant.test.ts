import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Answers } from './model.ts'
import {
  RELEVANT_ERROR_CODES,
  RelevantParseError,
  compileRelevant,
  evaluateRelevant,
  formatRelevant,
  parseRelevant,
  questionsReferenced,
  tryParseRelevant,
  type Expr,
} from './relevant.ts'
import { DomainError } from '../errors.ts'

describe('parseRelevant()', () => {
  it('parses the XLSForm forms with and binding tighter than or', () => {
    assert.deepEqual(parseRelevant("${q} = 'x'"), { kind: 'compare', op: '=', left: { kind: 'ref', name: 'q' }, right: { kind: 'string', value: 'x' } })
    assert.deepEqual(parseRelevant('selected(${hobby}, "doc_sach")'), { kind: 'selected', name: 'hobby', value: { kind: 'string', value: 'doc_sach' } })
    assert.deepEqual(parseRelevant('count-selected(${h}) >= 2'), {
      kind: 'compare', op: '>=', left: { kind: 'countSelected', name: 'h' }, right: { kind: 'number', value: 2 },
    })
    const e = parseRelevant("${a} = '1' or ${b} = '2' and not(${c} < -1.5)")
    assert.equal(e.kind, 'or')
    assert.deepEqual(e.kind === 'or' && e.right, {
      kind: 'and',
      left: { kind: 'compare', op: '=', left: { kind: 'ref', name: 'b' }, right: { kind: 'string', value: '2' } },
      right: { kind: 'not', arg: { kind: 'compare', op: '<', left: { kind: 'ref', name: 'c' }, right: { kind: 'number', value: -1.5 } } },
    })
    assert.equal(parseRelevant("(${a} = '1' or ${b} = '2') and true()").kind, 'and')
    assert.deepEqual(parseRelevant('${ tuoi }>=18'), { kind: 'compare', op: '>=', left: { kind: 'ref', name: 'tuoi' }, right: { kind: 'number', value: 18 } })
  })

  it('reports what went wrong and where (0-based position)', () => {
    const cases: [string, string, number][] = [
      ['', 'SURVEY_RELEVANT_EMPTY', 0],
      ['   ', 'SURVEY_RELEVANT_EMPTY', 0],
      ["${q} = 'x", 'SURVEY_RELEVANT_UNTERMINATED_STRING', 7],
      ["${q = 'x'", 'SURVEY_RELEVANT_BAD_REFERENCE', 0],
      ["${1q} = 'x'", 'SURVEY_RELEVANT_BAD_REFERENCE', 0],
      ["${q} == 'x'", 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', 6],
      ["${q} = 'x' and", 'SURVEY_RELEVANT_UNEXPECTED_END', 14],
      ['not(${q}', 'SURVEY_RELEVANT_UNEXPECTED_END', 8],
      ["${a} = 'x' ${b}", 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', 11],
      ['position() = 1', 'SURVEY_RELEVANT_UNKNOWN_FUNCTION', 0],
      ["if(${a}, 1, 0)", 'SURVEY_RELEVANT_UNKNOWN_FUNCTION', 0],
      ['${a} = ..', 'SURVEY_RELEVANT_UNKNOWN_FUNCTION', 7],
      [". > 5", 'SURVEY_RELEVANT_UNKNOWN_FUNCTION', 0],
      ["${a} + 1 = 2", 'SURVEY_RELEVANT_UNEXPECTED_CHARACTER', 5],
      ["${a} = 'x' # y", 'SURVEY_RELEVANT_UNEXPECTED_CHARACTER', 11],
      ["${a} ! 'x'", 'SURVEY_RELEVANT_UNEXPECTED_CHARACTER', 5],
      ["selected('x', ${a})", 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', 9],
      ['and ${a}', 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', 0],
      ["${a} = 'x' = 'y'", 'SURVEY_RELEVANT_UNEXPECTED_TOKEN', 11],
      ['true', 'SURVEY_RELEVANT_UNEXPECTED_END', 4],
    ]
    for (const [src, code, position] of cases) {
      assert.throws(() => parseRelevant(src), (e: unknown) => {
        assert.ok(e instanceof RelevantParseError, src)
        assert.ok(e instanceof DomainError)
        assert.equal(e.code, code, src)
        assert.equal(e.position, position, src)
        assert.deepEqual(e.details, { position })
        return true
      })
      assert.deepEqual(tryParseRelevant(src), { ok: false, code, position })
    }
  })

  it('never throws anything but a RelevantParseError on random input', () => {
    const alphabet = fc.constantFrom(...'${}()\'" ,.-=!<>andortselc0123456789_qx#'.split(''), 'and', 'or', 'not(', 'selected(', '${q}', 'count-selected(')
    const check = (src: string) => {
      try {
        parseRelevant(src)
      } catch (e) {
        assert.ok(e instanceof RelevantParseError, `${src}: ${String(e)}`)
        assert.ok((RELEVANT_ERROR_CODES as readonly string[]).includes(e.code))
        assert.ok(e.position >= 0 && e.position <= src.length)
      }
    }
    fc.assert(fc.property(fc.string(), check), { numRuns: 2000 })
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), check), { numRuns: 3000 })
  })
})

const name = fc.constantFrom('a', 'b', 'q_1', 'tuoi')
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr; operand: Expr }>((tie) => ({
  operand: fc.oneof(
    name.map((n): Expr => ({ kind: 'ref', name: n })),
    fc.string({ maxLength: 5 }).filter((s) => !(s.includes("'") && s.includes('"'))).map((v): Expr => ({ kind: 'string', value: v })),
    fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -100, max: 100, noNaN: true }).map((d) => Math.round(d * 100) / 100))
      .map((v): Expr => ({ kind: 'number', value: Object.is(v, -0) ? 0 : v })),
    fc.boolean().map((v): Expr => ({ kind: 'bool', value: v })),
    name.map((n): Expr => ({ kind: 'countSelected', name: n })),
  ),
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('operand'),
    fc.record({ kind: fc.constantFrom('or' as const, 'and' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ kind: fc.constant('not' as const), arg: tie('expr') }),
    fc.record({ kind: fc.constant('compare' as const), op: fc.constantFrom('=' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const), left: tie('operand'), right: tie('operand') }),
    fc.record({ kind: fc.constant('selected' as const), name, value: tie('operand') }),
  ),
})).expr

const answersArb: fc.Arbitrary<Answers> = fc.dictionary(
  name,
  fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 5 }), fc.array(fc.constantFrom('x', 'y', '1'), { maxLength: 3 }), fc.constant({ r1: 'x' })),
)

describe('formatRelevant()', () => {
  it('writes expressions that parse back to the same tree', () => {
    fc.assert(fc.property(exprArb, (e) => assert.deepEqual(parseRelevant(formatRelevant(e)), JSON.parse(JSON.stringify(e)))), { numRuns: 1000 })
  })
  it('evaluation never throws, and not() is the negation', () => {
    fc.assert(fc.property(exprArb, answersArb, (e, a) => {
      const v = evaluateRelevant(e, a)
      assert.equal(evaluateRelevant({ kind: 'not', arg: e }, a), !v)
    }), { numRuns: 1000 })
  })
})

describe('questionsReferenced()', () => {
  it('lists each referenced question once, in order', () => {
    assert.deepEqual(questionsReferenced("${b} = 'x' or selected(${a}, 'y') and count-selected(${b}) > 1 or not(${c} = ${a})"), ['b', 'a', 'c'])
    assert.deepEqual(questionsReferenced('true()'), [])
  })
})

describe('evaluateRelevant()', () => {
  const ev = (src: string, a: Answers) => evaluateRelevant(src, a)
  it('compares choices as text and numbers as numbers', () => {
    assert.equal(ev("${gt} = 'nu'", { gt: 'nu' }), true)
    assert.equal(ev("${gt} = 'nu'", { gt: 'nam' }), false)
    assert.equal(ev("${gt} != 'nu'", { gt: 'nam' }), true)
    assert.equal(ev('${tuoi} >= 18', { tuoi: 18 }), true)
    assert.equal(ev('${tuoi} > 18', { tuoi: 18 }), false)
    assert.equal(ev('${tuoi} < 18.5', { tuoi: 18 }), true)
    assert.equal(ev('${tuoi} <= 17', { tuoi: 18 }), false)
    assert.equal(ev("${tuoi} = '30'", { tuoi: 30 }), true) // a number against a quoted number
    assert.equal(ev('${muc} >= 4', { muc: '4' }), true) // a Likert code against a number
    assert.equal(ev("${muc} = '04'", { muc: '4' }), false) // two texts compare as text
    assert.equal(ev('${ten} > 3', { ten: 'abc' }), false) // not a number: relational is false
    assert.equal(ev('${x} = -2', { x: -2 }), true)
  })
  it('treats unanswered questions as false in every comparison, except = \'\'', () => {
    for (const a of [{}, { q: '' }, { q: [] }] as Answers[]) {
      for (const src of ["${q} = 'x'", "${q} != 'x'", '${q} < 3', '${q} >= 0', '${q} = 0', "selected(${q}, 'x')", '${q}']) assert.equal(ev(src, a), false, src)
      assert.equal(ev("${q} = ''", a), true)
      assert.equal(ev("${q} != ''", a), false)
      assert.equal(ev('count-selected(${q}) = 0', a), true)
      assert.equal(ev("not(${q} = 'x')", a), true)
    }
    assert.equal(ev("${q} != ''", { q: 'x' }), true)
    assert.equal(ev("${q} = ''", { q: 'x' }), false)
  })
  it('selected() and count-selected() read multiple choices (and space-separated text)', () => {
    const a = { h: ['doc_sach', 'the_thao'] }
    assert.equal(ev("selected(${h}, 'the_thao')", a), true)
    assert.equal(ev("selected(${h}, 'du_lich')", a), false)
    assert.equal(ev('count-selected(${h}) = 2', a), true)
    assert.equal(ev("selected(${h}, 'b')", { h: 'a b' }), true)
    assert.equal(ev("selected(${h}, 'x')", { h: 'x' }), true) // a single choice is a list of one
    assert.equal(ev("${h} = 'doc_sach the_thao'", a), true) // as XLSForm stores it
    assert.equal(ev('selected(${h}, 1)', { h: ['1', '2'] }), true)
  })
  it('combines with and, or, not and parentheses', () => {
    const a = { a: 'x', b: 3 }
    assert.equal(ev("${a} = 'x' and ${b} > 2", a), true)
    assert.equal(ev("${a} = 'y' or ${b} > 2", a), true)
    assert.equal(ev("${a} = 'y' or ${b} > 2 and ${a} = 'z'", a), false)
    assert.equal(ev("(${a} = 'y' or ${b} > 2) and not(${a} = 'z')", a), true)
    assert.equal(ev('true() and not(false())', a), true)
  })
  it('a matrix answer is answered but equal to nothing, and not comparable as a number', () => {
    const a = { m: { r1: 'x' } }
    assert.equal(ev('${m}', a), true)
    assert.equal(ev("${m} = 'x'", a), false)
    assert.equal(ev("${m} != 'x'", a), true)
    assert.equal(ev("${m} != ''", a), true)
    assert.equal(ev('${m} = 1', a), false)
    assert.equal(ev('${m} > 0', a), false)
    assert.equal(ev('${m}', { m: {} }), false)
  })
  it('a bare number is true when not 0; comparisons with booleans use truth values', () => {
    assert.equal(ev('${n}', { n: 0 }), false)
    assert.equal(ev('${n}', { n: 2 }), true)
    assert.equal(ev("(${a} = 'x') = true()", { a: 'x' }), true)
    assert.equal(ev("(${a} = 'x') != true()", { a: 'y' }), true)
  })
  it('compileRelevant: blank is always true; bad text throws at compile time', () => {
    assert.equal(compileRelevant(undefined)({}), true)
    assert.equal(compileRelevant('  ')({}), true)
    assert.equal(compileRelevant("${a} = 'x'")({ a: 'x' }), true)
    assert.throws(() => compileRelevant('${a} ='), RelevantParseError)
  })
})
