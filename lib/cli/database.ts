// How the command-line tools find their database: DATABASE_URL when set, otherwise the embedded
// server under .data/ (started here if `npm start` is not already running it).
import path from 'node:path'
import { env } from '../env'
import { embeddedUrl, readConnection, startEmbeddedPostgres } from './embedded-postgres'
import pg from 'pg'

export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..')
export const DATA_DIR = path.join(PROJECT_DIR, '.data')

export type OpenDatabase = {
  url: string
  isEmbedded: boolean
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  close: () => Promise<void>
}

export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, isEmbedded: false, close: async () => {} }
  const saved = readConnection(DATA_DIR)
  if (saved && (await canConnect(embeddedUrl(saved)))) {
    return { url: embeddedUrl(saved), isEmbedded: true, close: async () => {} }
  }
  const server = await startEmbeddedPostgres(DATA_DIR, log)
  return { url: server.url, isEmbedded: true, close: server.stop }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export function fail(message: string): never {
  console.error(`error: ${message}`)
  process.exit(1)
}
