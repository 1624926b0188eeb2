import { test } from 'node:test'
import assert from 'node:assert/strict'
import { blankCapture, capturePayload, fieldName, payloadToCapture } from './capture-form.ts'

test('a blank capture is the collaborator channel, today, one stream', () => {
  const v = blankCapture('u1', '2026-11-26')
  assert.equal(v.channel, 'collaborator')
  assert.equal(v.heardOn, '2026-11-26')
  assert.equal(v.streams.length, 1)
})

test('the payload trims text, drops an unticked contact and round-trips through the form', () => {
  const v = blankCapture('u1', '2026-11-26')
  v.title = '  Đường ngập  '
  v.content = ' Nước ngập sau mưa '
  v.streams[0]!.topics = ['moi-truong']
  v.streams[0]!.direction = 'concern'
  v.contact = { fullName: 'Nguyễn Văn A' }
  const p = capturePayload(v)
  assert.equal(p.title, 'Đường ngập')
  assert.equal(p.contact, null)
  assert.deepEqual(p.streams[0]!.topics, ['moi-truong'])
  v.withContact = true
  const withContact = capturePayload(v)
  assert.deepEqual(withContact.contact, { fullName: 'Nguyễn Văn A', phone: null, address: null, note: null })
  assert.deepEqual(capturePayload(payloadToCapture(withContact)), withContact)
})

test('field paths become Form.List names', () => {
  assert.deepEqual(fieldName('streams.1.topics'), ['streams', 1, 'topics'])
  assert.deepEqual(fieldName('title'), ['title'])
})
