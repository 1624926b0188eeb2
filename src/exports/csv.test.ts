import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { csvLine, neutraliseFormula } from './csv.ts'

test('formula prefixes are neutralised', () => {
  for (const v of ['=1+1', '+84912', '-2+3', '@SUM(A1)', '\t=1']) assert.equal(neutraliseFormula(v)[0], "'")
  assert.equal(neutraliseFormula('Hoà Bình'), 'Hoà Bình')
})

test('a CSV line reads back to the same cells, none starting a formula', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
      const [back] = parse(csvLine(cells), { relax_column_count: true }) as string[][]
      assert.equal(back!.length, cells.length)
      back!.forEach((c, i) => {
        assert.ok(!/^[=+\-@\t\r]/.test(c))
        assert.equal(c, neutraliseFormula(cells[i]!))
      })
    }),
  )
})
