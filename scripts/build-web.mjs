#!/usr/bin/env node
// Builds the web app into web/dist. With --if-needed, only when web/dist is missing or older than its sources.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'web/dist/index.html')
const sources = ['web/src', 'web/index.html', 'web/public', 'web/vite.config.ts', 'src/shared'].map((p) => path.join(root, p))

function newest(p) {
  if (!fs.existsSync(p)) return 0
  const st = fs.statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
}

if (process.argv.includes('--if-needed') && fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= Math.max(...sources.map(newest))) {
  process.exit(0)
}
console.log('Đang dựng giao diện web (vite build)…')
const { build } = await import('vite')
await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn' })
console.log('Đã dựng giao diện web vào web/dist')
