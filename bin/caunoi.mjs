#!/usr/bin/env node
// The `caunoi` command: loads the TypeScript sources through tsx, so no separate server build is needed.
import { register } from 'tsx/esm/api'
register()
// `caunoi audit export | head` closes the pipe early: that is not an error
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0)
  throw e
})
const { main } = await import('../src/cli/main.ts')
await main(process.argv)
