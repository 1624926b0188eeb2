/** Attachment bytes on disk, content-addressed: <dataDir>/attachments/<sha256[0:2]>/<sha256>. */
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/** Where the bytes with this SHA-256 live. */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256')
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256)
}

/** Writes the bytes once (a file already there has the same content); the rename makes a half-written file impossible. */
export async function storeAttachment(dataDir: string, sha256: string, data: Buffer): Promise<void> {
  const target = attachmentPath(dataDir, sha256)
  if (fs.existsSync(target)) return
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`
  await fs.promises.writeFile(tmp, data, { mode: 0o640 })
  await fs.promises.rename(tmp, target)
}

/** Removes stored files no attachment uses any more. */
export async function removeAttachmentFiles(dataDir: string, shas: Iterable<string>): Promise<void> {
  for (const sha of shas) await fs.promises.rm(attachmentPath(dataDir, sha), { force: true })
}
