// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or Node-only packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@prisma/adapter-pg', 'linkedom', 'rate-limiter-flexible', 'pg-boss', 'undici'],
  experimental: {
    // `forbidden()` renders app/forbidden.tsx with a 403 for signed-in people without the permission.
    authInterrupts: true,
    // Source uploads: lib/import/text-limits.ts allows 50 MB PDFs, 5 MB other files and 2,000,000
    // pasted characters (up to 8 MB of UTF-8, CRLF line breaks included). proxy.ts runs on every
    // request, and Next.js buffers the body for it up to its own limit (10 MB by default), passing
    // on only that much: a larger PDF would arrive cut short.
    serverActions: { bodySizeLimit: '52mb' },
    proxyClientMaxBodySize: '52mb',
    // Cached public pages live in memory only: one build serves several databases (npm start,
    // npm test), so a page cached from one must never be read back from disk for another.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ]
  },
}

export default nextConfig
