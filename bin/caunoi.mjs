#!/usr/bin/env node
// The `caunoi` command: loads the TypeScript sources through tsx, so no separate server build is needed.
import { register } from 'tsx/esm/api'
register()
const { main } = await import('../src/cli/main.ts')
await main(process.argv)
