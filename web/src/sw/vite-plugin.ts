/**
 * Builds web/src/sw/service-worker.ts into /sw.js at the end of `vite build`, with the list of files to keep
 * offline (every file of the bundle plus web/public) and a version made of their names and of index.html.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { transformWithEsbuild, type Plugin } from 'vite'

/** Files under web/public, as URL paths ("/icons/icon-192.png"). */
function publicFiles(dir: string, prefix = '/'): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? publicFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])
}

/** The plugin; `swSource` is the worker's TypeScript file, `publicDir` the folder copied as is. */
export function serviceWorkerPlugin(swSource: string, publicDir: string): Plugin {
  return {
    name: 'caunoi-service-worker',
    apply: 'build',
    // after vite's own HTML plugin, so index.html is in the bundle
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map')).map((f) => `/${f}`)
      const manifest = [...new Set(['/index.html', ...files, ...publicFiles(publicDir)])].filter((f) => f !== '/sw.js').sort()
      const indexHtml = bundle['index.html']
      const hash = crypto.createHash('sha256')
      hash.update(manifest.join('\n'))
      if (indexHtml?.type === 'asset') hash.update(String(indexHtml.source))
      const source = fs.readFileSync(swSource, 'utf8')
      hash.update(source)
      const version = hash.digest('hex').slice(0, 12)
      const { code } = await transformWithEsbuild(source, swSource, {
        loader: 'ts',
        target: 'es2020',
        minify: true,
        define: { PRECACHE_MANIFEST: JSON.stringify(manifest), CACHE_VERSION: JSON.stringify(version) },
      })
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code })
    },
  }
}
