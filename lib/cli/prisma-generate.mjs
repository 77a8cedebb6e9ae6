// Runs `prisma generate` offline. Generate never executes the schema engine, but the CLI insists
// on finding one and would otherwise try to download it from Prisma's binary host.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const env = { ...process.env }
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath
}
execFileSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env })
