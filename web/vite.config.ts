/** Vite config for the web app: `vite build --config web/vite.config.ts` writes web/dist. */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { serviceWorkerPlugin } from './src/sw/vite-plugin.ts'

const webDir = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: webDir,
  base: '/',
  // sw.js: the offline shell for the phone capture page (/ghi-nhan)
  plugins: [react(), serviceWorkerPlugin(fileURLToPath(new URL('./src/sw/service-worker.ts', import.meta.url)), fileURLToPath(new URL('./public', import.meta.url)))],
  // Lets the app import the shared i18n files and types from src/shared.
  server: {
    port: 5173,
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP is `script-src 'self'`: keep every script an external file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (/node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/.test(id)) return 'react'
          if (/node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/.test(id)) return 'antd'
          return undefined
        },
      },
    },
    chunkSizeWarningLimit: 1600,
  },
})
