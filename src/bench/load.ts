/**
 * Load over HTTP: the server in a child process (src/bench/server-child.ts), autocannon in this one, warm-up first,
 * then rounds that alternate ours and the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'

export type ChildServer = { url: string; stop(): Promise<void>; child: ChildProcess }

/** Starts the bench server on the bench database (env from openBenchDatabase); resolves once it listens. */
export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const file = path.join(import.meta.dirname, 'server-child.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    env: { ...process.env, ...env, CAUNOI_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}: ${out}`)))
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /READY (\d+)/.exec(out)
      if (m) {
        child.removeAllListeners('exit')
        resolve({
          url: `http://127.0.0.1:${m[1]}`,
          child,
          stop: () => new Promise((done) => {
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
        })
      }
    })
  })
}

export type LoadRequest = { method?: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> }
export type LoadOutcome = { reqPerSec: number; p97_5: number; p50: number; errors: number; non2xx: number; requests: number }

/** Runs `connections` clients for `seconds`, cycling through the requests; latency percentiles in ms. */
export async function load(url: string, requests: LoadRequest[], opts: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadOutcome> {
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, body: r.body, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers } })),
  })
  return {
    reqPerSec: result.requests.average,
    p97_5: result.latency.p97_5,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  }
}
