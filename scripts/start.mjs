// `npm start`: builds the static export when out/ is missing or older than its sources, then
// serves it on http://localhost:3000 (PORT and HOST override; BASE_PATH serves it under a prefix).

import { ensureExport, OUT_DIR } from './export.mjs'
import { startStaticServer } from './serve.mjs'

const basePath = process.env.BASE_PATH ?? ''
const port = Number(process.env.PORT || 3000)

try {
  const { built } = await ensureExport({ basePath })
  if (!built) console.log('out/ is up to date with the sources; not rebuilding.')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

try {
  const { url, close } = await startStaticServer({ root: OUT_DIR, host: process.env.HOST || null, port, basePath })
  console.log(`\nMail Protocol Lab is running at ${url}\nPress Ctrl+C to stop.`)
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await close()
      process.exit(0)
    })
  }
} catch (error) {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${port} is already in use. Stop what is using it, or choose another: PORT=3001 npm start`)
  } else {
    console.error(error instanceof Error ? error.message : error)
  }
  process.exit(1)
}
