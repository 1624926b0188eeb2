/**
 * Refuses zip bombs before an XLSX is unpacked: reads the zip's central directory and checks the
 * declared uncompressed sizes (total and ratio) without inflating anything.
 */
import { DomainError } from '../domain/errors.ts'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

export function checkZipBomb(data: Buffer, limits = { maxTotal: 200 * 1024 * 1024, maxRatio: 200, maxEntries: 2000 }) {
  // the end-of-central-directory record sits in the last 64 KiB + 22 bytes
  let eocd = -1
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new DomainError('IMPORT_FILE_UNREADABLE')
  const entries = data.readUInt16LE(eocd + 10)
  let offset = data.readUInt32LE(eocd + 16)
  if (entries > limits.maxEntries) throw new DomainError('IMPORT_FILE_TOO_LARGE')
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) throw new DomainError('IMPORT_FILE_UNREADABLE')
    total += data.readUInt32LE(offset + 24)
    offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32)
  }
  if (total > limits.maxTotal || total > Math.max(1, data.length) * limits.maxRatio) throw new DomainError('IMPORT_FILE_TOO_LARGE')
}
