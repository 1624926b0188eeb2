import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { readPlainCsv } from './csv-fast.ts'

const OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true } as const

function csvParse(text: string, delimiter: ',' | ';'): string[][] | 'throws' {
  try {
    return parse(text, { ...OPTIONS, delimiter }) as string[][]
  } catch {
    return 'throws'
  }
}

test('plain CSV is read as csv-parse reads it', () => {
  for (const t of ['a,b\n\nc\n', 'a,b', '\n', '', '"x""y",z\n', 'a,"b\nc",d\n', 'a\n\n\n', ',\n,', 'a,\n', 'a,', '"",""\n\n', 'a\r\n\r\nb\r\n', '"a\r\nb",c\r\n', 'Đường,"Lê Lợi, ngập"\n']) {
    assert.deepEqual(readPlainCsv(t, ','), csvParse(t, ','), JSON.stringify(t))
  }
  assert.deepEqual(readPlainCsv('a;"b;c"\n', ';'), [['a', 'b;c']])
})

test('anything but plain CSV is left to csv-parse', () => {
  // a quote inside a field, text after a closing quote, an unclosed quote, mixed or bare CR line endings
  for (const t of ['12" TV,a', '"a" b,c', '"abc', 'a\r\nb\nc', 'a\rb']) assert.equal(readPlainCsv(t, ','), null, JSON.stringify(t))
})

test('whenever it reads a text, it reads it as csv-parse does', () => {
  const text = fc.array(fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r', '\r\n', '""', 'Đ'), { maxLength: 40 }).map((p) => p.join(''))
  fc.assert(fc.property(text, fc.constantFrom(',' as const, ';' as const), (t, d) => {
    const fast = readPlainCsv(t, d)
    return fast === null || JSON.stringify(fast) === JSON.stringify(csvParse(t, d))
  }), { numRuns: 20_000 })
})
