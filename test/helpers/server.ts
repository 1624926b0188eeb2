/** A real listening server on a random port with a fresh SQLite database and the demo ward, for browser tests. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../../src/http/app.ts'
import { loadConfig } from '../../src/config.ts'
import { openDatabase, systemContext } from '../../src/runtime.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'

export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-e2e-'))
  const config = loadConfig({ CAUNOI_DATA_DIR: dir }, { port: 0, host: '127.0.0.1', databaseUrl: null })
  const conn = await openDatabase(config)
  await loadDemoWard(systemContext(conn, config))
  const app = await buildApp({ conn, config, webRoot: path.resolve('web/dist') })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close()
      await conn.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
