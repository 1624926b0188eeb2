/**
 * Report notices by e-mail, against a real SMTP server started here (smtp-server on a free local port), on every
 * dialect: with SMTP_URL set each recipient with an address gets one message (its in-app text, greeting and footer),
 * a recipient without an address is logged as such, a refused recipient is logged as failed with the server's answer,
 * and running the day again or forced sends no second message.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { DIALECTS } from '../helpers/db.ts'
import { startTestApp, unitId, type TestApp } from '../helpers/app.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { runReportNotices } from '../../src/jobs/report-notices.job.ts'

type Received = { from: string; to: string[]; raw: string }

/** A local SMTP server that keeps what it receives and refuses mail to refused@… . */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refused@')) return callback(Object.assign(new Error('Hộp thư không tồn tại'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** The text of a received message, with quoted-printable soft breaks and escapes undone. */
function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4)
  const qp = /Content-Transfer-Encoding: quoted-printable/i.test(raw)
  if (/Content-Transfer-Encoding: base64/i.test(raw)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  return qp ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8') : body
}

/** The decoded Subject header (RFC 2047 words joined). */
function subjectOf(raw: string): string {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ')
  const line = /^Subject: (.*)$/im.exec(head)?.[1] ?? ''
  return line.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'))
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: report notices by e-mail (real local SMTP server)`, () => {
    let t: TestApp
    let smtp: Awaited<ReturnType<typeof startSmtp>>

    before(async () => {
      smtp = await startSmtp()
      t = await startTestApp(dialect, { config: { smtpUrl: smtp.url, mailFrom: 'Ban Xây dựng Đảng <bxdd@hoabinh.test>', publicOrigins: ['https://dlxh.hoabinh.test'] } })
      const officers = [
        ['phutrach-ca', 'HB-CB-CA', 'Đinh Văn Cường', 'cuong.dv@hoabinh.test'],
        ['phutrach-yt', 'HB-CB-YT', 'Trịnh Minh Tâm', 'refused@hoabinh.test'],
        ['phutrach-qs', 'HB-CB-QS', 'Lò Văn Sơn', null],
      ] as const
      for (const [username, unit, fullName, email] of officers) {
        await createUser(t.ctx(), { username, fullName, password: 'matkhau-123', phone: null, email, roles: [{ role: 'unit_officer', unitId: await unitId(t.conn, unit), isResponsible: true }] })
      }
    })
    after(async () => {
      await t.close()
      await smtp.close()
    })

    const log = async (code: string) => (await t.conn.db.selectFrom('report_notice as n').innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select(['n.channel', 'n.status', 'n.error']).where('u.code', '=', code).orderBy('n.channel').execute())

    it('mails the reminder to each officer with an address, once, and logs every outcome', async () => {
      t.clock.now = new Date('2026-11-21T17:30:00Z') // 00:30 on the 22nd in Hà Nội
      const out = await runReportNotices(t.ctx())
      assert.equal(out.result!.mailQueued, 2)
      assert.deepEqual(out.mail, { sent: 1, failed: 1 })

      assert.equal(smtp.received.length, 1)
      const [mail] = smtp.received
      assert.deepEqual(mail!.to, ['cuong.dv@hoabinh.test'])
      assert.equal(mail!.from, 'bxdd@hoabinh.test')
      assert.equal(subjectOf(mail!.raw), 'Nhắc gửi báo cáo tháng 11/2026: Chi bộ Công an phường')
      const body = bodyOf(mail!.raw)
      assert.match(body, /^Kính gửi đồng chí Đinh Văn Cường,/)
      assert.match(body, /Báo cáo tháng 11\/2026 của Chi bộ Công an phường cần gửi Ban Xây dựng Đảng trước ngày 25\/11\/2026 \(còn 3 ngày\)/)
      assert.ok(body.includes(`https://dlxh.hoabinh.test/reports?period=2026-11&unitId=${await unitId(t.conn, 'HB-CB-CA')}`), body)
      assert.match(body, /Thư này do hệ thống Cầu Nối gửi tự động/)

      assert.deepEqual(await log('HB-CB-CA'), [{ channel: 'email', status: 'sent', error: null }, { channel: 'in_app', status: 'sent', error: null }])
      const yt = await log('HB-CB-YT')
      assert.equal(yt[0]!.status, 'failed')
      assert.match(yt[0]!.error!, /550/)
      assert.deepEqual(yt[1], { channel: 'in_app', status: 'sent', error: null })
      assert.deepEqual(await log('HB-CB-QS'), [{ channel: 'email', status: 'no_recipient', error: 'NOTICE_NO_EMAIL' }, { channel: 'in_app', status: 'sent', error: null }])
    })

    it('sends no second message when the day runs again or is forced', async () => {
      t.clock.now = new Date('2026-11-22T00:00:00Z')
      const again = await runReportNotices(t.ctx())
      assert.equal(again.skipped, true)
      const forced = await runReportNotices(t.ctx(), { force: true })
      assert.equal(forced.result!.mailQueued, 0)
      assert.deepEqual(forced.mail, { sent: 0, failed: 0 })
      assert.equal(smtp.received.length, 1)
    })

    it('mails the next notice (the one-day reminder) as a new message', async () => {
      t.clock.now = new Date('2026-11-24T00:00:00Z')
      const out = await runReportNotices(t.ctx())
      assert.deepEqual(out.mail, { sent: 1, failed: 1 })
      assert.equal(smtp.received.length, 2)
      assert.match(bodyOf(smtp.received[1]!.raw), /còn 1 ngày/)
    })
  })
}
