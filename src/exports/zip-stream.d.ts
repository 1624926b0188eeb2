/** The part of zip-stream's API (archiver's zip writer) that src/exports/xlsx.ts uses; the package ships no types. */
declare module 'zip-stream' {
  import type { Readable, Transform } from 'node:stream'

  type ZipStreamOptions = { zlib?: { level?: number }; forceZip64?: boolean; store?: boolean; comment?: string }
  type EntryData = { name: string; date?: Date; store?: boolean; mode?: number }

  class ZipStream extends Transform {
    constructor(options?: ZipStreamOptions)
    /** Adds one entry; entries go one after another: the next only after `callback`. */
    entry(source: string | Buffer | Readable | null, data: EntryData, callback: (error: Error | null) => void): this
    /** Writes the central directory and ends the stream. */
    finalize(): void
  }
  export default ZipStream
}
