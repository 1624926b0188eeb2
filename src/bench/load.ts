/**
 * Load over HTTP: the server in a child process (src/bench/server-child.ts), autocannon in this one, warm-up first,
 * then rounds that alternate ours and the baseline.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'

export type ChildServer = { url: string; stop(): Promise<void>; child: ChildProcess }

/** Spawns `file` (a bench child under src/bench) on the bench database; resolves with the first match of `ready` in its output. */
function spawnChild(file: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, file)], {
    env: { ...process.env, ...env, CAUNOI_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    let started = false
    child.once('exit', (code) => {
      if (!started) reject(new Error(`bench child ${file} exited with ${code}: ${out}`))
    })
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = ready.exec(out)
      if (m && !started) {
        started = true
        resolve({ child, match: m, output: () => out })
      }
    })
  })
}

/** Starts the bench server on the bench database (env from openBenchDatabase); resolves once it listens. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const { child, match } = await spawnChild('server-child.ts', env, /READY (\d+)/)
  return {
    url: `http://127.0.0.1:${match[1]}`,
    child,
    stop: () => new Promise((done) => {
      child.once('exit', () => done())
      child.kill('SIGTERM')
    }),
  }
}

/** Starts the trend job running over and over in its own process; `stop` ends it after its current run and says how many runs ended. */
export async function startTrendJobChild(env: Record<string, string>): Promise<{ stop(): Promise<number> }> {
  const { child, output } = await spawnChild('trend-child.ts', env, /READY/)
  return {
    stop: () => new Promise((done) => {
      child.once('exit', () => done(Number(/RUNS (\d+)/.exec(output())?.[1] ?? 0)))
      child.kill('SIGTERM')
    }),
  }
}

export type LoadRequest = { method?: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> }
export type LoadOutcome = { reqPerSec: number; p97_5: number; p50: number; errors: number; non2xx: number; requests: number }

/**
 * Runs `connections` clients for `seconds`, cycling through the requests; latency percentiles in ms. Closed loop
 * (each client sends its next request when the last one is answered: the server's saturation) unless `rate` is
 * given: then at most `rate` requests a second in all (an offered load: latency at that rate, not under a queue).
 */
export async function load(url: string, requests: LoadRequest[], opts: { connections: number; seconds: number; rate?: number; headers?: Record<string, string> }): Promise<LoadOutcome> {
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, body: r.body, headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers } })),
  })
  await settle(url)
  // no answer within the round (a raw ranked search over 1 M rows on PostgreSQL): no latency to report, not 0 ms
  const answered = result.requests.total > 0
  return {
    reqPerSec: result.requests.average,
    p97_5: answered ? result.latency.p97_5 : NaN,
    p50: answered ? result.latency.p50 : NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  }
}

/**
 * Waits until the server has finished the requests of the round that just ended: the load generator has closed its
 * connections, but the server still runs what it had read (a slow baseline query can hold SQLite's one thread for
 * seconds), and the next round must not start behind that backlog. Done when the server says no statement is
 * running and says so at once (within 100 ms), twice in a row; gives up after two minutes.
 */
export async function settle(url: string): Promise<void> {
  const until = Date.now() + 120_000
  let quiet = 0
  while (quiet < 2 && Date.now() < until) {
    const t = performance.now()
    const { active } = (await (await fetch(`${url}/bench/busy`)).json()) as { active: number }
    quiet = active === 0 && performance.now() - t < 100 ? quiet + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
