import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'prisma/**/*.test.ts'],
    testTimeout: 20_000,
    globalSetup: ['lib/testing/require-database.ts'],
    // Database tests share one migrated database; run files one at a time to keep them simple.
    fileParallelism: false,
    // next-auth imports `next/server` without an extension, which Node's ESM resolver refuses
    // (next has no exports map); let Vite resolve it, as Next's bundler does.
    server: { deps: { inline: ['next-auth'] } },
  },
})
