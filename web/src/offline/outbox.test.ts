import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError } from '../api/client.ts'
import { backoffMs, isRetryable } from './outbox.ts'

test('backoff doubles from 2 s up to 5 min, with ±20 % jitter', () => {
  assert.equal(backoffMs(1, () => 0.5), 2000)
  assert.equal(backoffMs(2, () => 0.5), 4000)
  assert.equal(backoffMs(4, () => 0.5), 16000)
  assert.equal(backoffMs(30, () => 0.5), 300000)
  assert.equal(backoffMs(1, () => 0), 1600)
  assert.equal(backoffMs(1, () => 1), 2400)
})

test('only a lost network, a timeout, throttling or a server fault is retried; a refused record waits for a fix', () => {
  assert.ok(isRetryable(new ApiError(0, 'NETWORK', 'offline')))
  assert.ok(isRetryable(new ApiError(503, 'INTERNAL', '')))
  assert.ok(isRetryable(new ApiError(429, 'RATE_LIMITED', '')))
  assert.ok(isRetryable(new TypeError('fetch failed')))
  assert.ok(!isRetryable(new ApiError(400, 'VALIDATION', 'Dữ liệu không hợp lệ')))
  assert.ok(!isRetryable(new ApiError(409, 'OPINION_CLIENT_ID_TAKEN', '')))
})
