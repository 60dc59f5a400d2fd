// Static export only: `next build` writes plain files to out/, which scripts/serve.mjs (or any
// static host) serves. BASE_PATH (e.g. "/lab") is read at build time to host the lab under a prefix.

/**
 * Normalises BASE_PATH to "" or "/segment[/segment…]" (leading slash, no trailing slash), as
 * scripts/serve.mjs does. Kept here rather than imported, so this config stands on its own.
 */
function basePathFromEnv(value = '') {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}` : ''
}

const basePath = basePathFromEnv(process.env.BASE_PATH)

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  images: { unoptimized: true },
  basePath,
  // Inlined for links that must not go through next/link (components/site/LabLink.tsx).
  env: { BASE_PATH: basePath },
  trailingSlash: false,
  reactStrictMode: true,
  poweredByHeader: false,
  // Type-checking is its own step (`npm run typecheck`, the first step of `npm test`), so the build
  // does not repeat it: a type error fails the tests, not `npm start` or the e2e harness's build.
  typescript: { ignoreBuildErrors: true },
}

export default nextConfig
