import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { fitHolt, forecastNextMonth, holtForecast, holtRun, seasonalNaiveForecast } from './forecast.ts'

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`)

test('Holt by hand: 10, 12, 15, 14, 18 with α = β = 0.5', () => {
  const run = holtRun([10, 12, 15, 14, 18], 0.5, 0.5)
  assert.deepEqual(run.residuals, [1, -2.75, 1.0625])
  close(run.level, 17.46875)
  close(run.trend, 1.828125)
  const f = holtForecast([10, 12, 15, 14, 18], { alpha: 0.5, beta: 0.5 })
  close(f.point, 19.296875)
  close(f.sigma, Math.sqrt(9.69140625))
  close(f.lower, 19.296875 - 1.96 * Math.sqrt(9.69140625))
  close(f.upper, 19.296875 + 1.96 * Math.sqrt(9.69140625))
  const f2 = holtForecast([10, 12, 15, 14, 18], { alpha: 0.5, beta: 0.5, horizon: 2 })
  close(f2.point, 21.125)
  close(f2.sigma, Math.sqrt(9.69140625) * 1.25)
})

test('a straight line is forecast exactly', () => {
  const f = holtForecast([5, 10, 15, 20, 25, 30])
  close(f.point, 35)
  close(f.sigma, 0)
})

test('short series fall back to the last value with a Poisson band; none gives zero', () => {
  const f = holtForecast([9])
  assert.equal(f.method, 'naive')
  close(f.point, 9)
  close(f.upper, 9 + 1.96 * 3)
  assert.equal(holtForecast([]).method, 'none')
})

test('seasonal naive: same month last year, σ from seasonal differences', () => {
  const year = [10, 12, 14, 16, 18, 20, 22, 20, 18, 16, 14, 12]
  const f = seasonalNaiveForecast([...year, ...year.map((x) => x + 2)])
  assert.equal(f.method, 'seasonal-naive')
  close(f.point, 12)
  close(f.sigma, 2)
})

test('per topic; bands contain the point and stay at or above zero', () => {
  const r = forecastNextMonth({ 'dat-dai': [3, 5, 4, 6, 8], 'y-te': [1, 0, 0, 1] })
  assert.ok(r['dat-dai'].point > 6)
  fc.assert(
    fc.property(fc.array(fc.nat(500), { maxLength: 30 }), (s) => {
      const f = holtForecast(s)
      return f.lower <= f.point && f.point <= f.upper && f.lower >= 0 && Number.isFinite(f.upper)
    }),
  )
})

test('the fitted parameters lie on the grid', () => {
  const { alpha, beta } = fitHolt([3, 5, 4, 6, 8, 7, 9, 12])
  assert.ok(alpha > 0 && alpha <= 1 && beta >= 0 && beta <= 1)
})
