/**
 * `caunoi text …`: the Vietnamese text engine on the command line (no database). `fold` prints folded text;
 * `classify` and `dedup` read JSON Lines `{ "id", "text" }` on stdin and write JSON Lines on stdout.
 */
import fs from 'node:fs'
import { once } from 'node:events'
import readline from 'node:readline'
import type { Command } from 'commander'
import { fold } from '../text/fold.ts'
import { classify, trainClassifier, withRules, type Classifier } from '../text/classify.ts'
import { defaultClassifier } from '../text/default-classifier.ts'
import { parseRules } from '../text/rules.ts'
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from '../text/dedup.ts'
import { LABELLED } from '../text/data/labelled.ts'
import { DomainError } from '../domain/errors.ts'

type InputRecord = { id: unknown; text: string }

async function write(line: string) {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain')
}

/** Reads JSON Lines from stdin; a bad line gives an error line on stdout and the reading goes on. */
async function* records(): AsyncGenerator<{ line: number; record: InputRecord }> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  let n = 0
  for await (const raw of rl) {
    n++
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      await write(JSON.stringify({ id: null, error: { code: 'INVALID_JSON_LINE', line: n } }))
      continue
    }
    const o = value as { id?: unknown; text?: unknown } | null
    if (!o || typeof o !== 'object' || Array.isArray(o) || typeof o.text !== 'string') {
      const id = o && typeof o === 'object' && !Array.isArray(o) && (typeof o.id === 'string' || typeof o.id === 'number') ? o.id : null
      await write(JSON.stringify({ id, error: { code: 'INVALID_RECORD', line: n } }))
      continue
    }
    yield { line: n, record: { id: o.id ?? null, text: o.text } }
  }
}

function loadClassifier(rulesFile: string | undefined): Classifier {
  if (!rulesFile) return defaultClassifier()
  const parsed = parseRules(JSON.parse(fs.readFileSync(rulesFile, 'utf8')))
  if (!parsed.ok) throw new DomainError('FIELD_INVALID', { rows: parsed.issues.map((i, k) => ({ row: k + 1, column: i.path, code: 'FIELD_INVALID' })) })
  return withRules(trainClassifier(LABELLED, parsed.rules), parsed.rules)
}

export function textCommand(program: Command) {
  const text = program.command('text').description('Xử lý văn bản tiếng Việt: chuẩn hoá, phân loại, tìm bản trùng (không cần cơ sở dữ liệu)')
  text
    .command('fold [text...]')
    .description('In văn bản đã chuẩn hoá (bỏ dấu, chữ thường, đ → d); không có đối số thì đọc từng dòng từ stdin')
    .action(async (words: string[]) => {
      if (words.length > 0) return write(fold(words.join(' ')))
      const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
      for await (const line of rl) await write(fold(line))
    })
  text
    .command('classify')
    .description('Phân loại JSON Lines {"id","text"} từ stdin: lĩnh vực, khuynh hướng, mức độ (mỗi dòng vào một dòng ra)')
    .option('--rules <file>', 'tệp JSON bộ quy tắc đã chỉnh (thay bộ quy tắc mặc định)')
    .option('--timing', 'in thời gian huấn luyện và tốc độ ra stderr')
    .action(async (opts: { rules?: string; timing?: boolean }) => {
      const t0 = performance.now()
      const c = loadClassifier(opts.rules)
      const t1 = performance.now()
      let n = 0
      for await (const { record } of records()) {
        const r = classify(c, record.text)
        n++
        await write(JSON.stringify({ id: record.id, topics: r.topics, direction: r.direction, intensity: r.intensity, latent: r.latent }))
      }
      if (opts.timing) {
        const secs = (performance.now() - t1) / 1000
        process.stderr.write(`training ${(t1 - t0).toFixed(0)} ms; ${n} records in ${secs.toFixed(2)} s (${secs > 0 ? Math.round(n / secs) : n} records/s)\n`)
      }
    })
  text
    .command('dedup')
    .description('Tìm các cặp gần trùng (cùng một câu chuyện) trong JSON Lines {"id","text"} từ stdin')
    .option('--threshold <x>', `ngưỡng tương đồng 0–1 (mặc định ${NEAR_DUPLICATE_THRESHOLD})`)
    .action(async (opts: { threshold?: string }) => {
      const threshold = opts.threshold === undefined ? undefined : Number(opts.threshold)
      if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new DomainError('FIELD_INVALID', { rows: [{ row: 1, column: 'threshold', code: 'FIELD_INVALID' }] })
      const items: { id: string; text: string }[] = []
      for await (const { record } of records()) items.push({ id: String(record.id), text: record.text })
      for (const p of findNearDuplicates(items, { threshold })) await write(JSON.stringify(p))
    })
}
