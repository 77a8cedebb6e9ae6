// The environment, parsed once. Nothing else reads process.env (but for Next.js and Auth.js
// internals, which read their own variables).
import { z } from 'zod'

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection URL. Unset for `npm start` means: run the embedded server under .data/. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Signs session tokens. `npm start` generates one under .data/ when it is unset. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** Password of the demo accounts the seed creates. */
  DEMO_PASSWORD: z.string().min(8).default('claimtrail-demo'),
  /** Whether the seed creates usable demo accounts on a database given by DATABASE_URL. */
  SEED_DEMO_ACCOUNTS: z.stringbool().default(false),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * The public address of the site, for absolute URLs in the feed, the sitemap and the API's links
   * (never taken from a request's Host header, which a client chooses). Defaults to
   * http://localhost:PORT.
   */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The proxies in front of the app whose X-Forwarded-For is believed (lib/http/client-address.ts):
   * addresses, CIDR ranges, or `loopback`, comma-separated. Unset: none, the peer is the client.
   */
  TRUSTED_PROXIES: z.string().max(2000).optional(),
  /**
   * Whether the web server also works the job queue (captures, re-checks). On by default, so
   * `npm start` is one command; a deployment with several app instances turns it off on them and
   * runs `npm run worker` processes instead.
   */
  JOBS_IN_PROCESS: z.stringbool().default(true),
  /** How often a watched source is fetched again, in hours (24: daily). */
  WATCH_INTERVAL_HOURS: z.coerce.number().positive().max(24 * 365).default(24),
  /** The address `npm start` listens on (all interfaces by default). */
  HOST: z.string().min(1).default('0.0.0.0'),
  /**
   * Lets a capture by web address (lib/capture) fetch loopback and private-network addresses on any
   * port. For tests against a local web server only; never set it in production, where it would let
   * anyone who can import a source make the server fetch from its own network.
   */
  CAPTURE_ALLOW_PRIVATE_ADDRESSES: z.stringbool().default(false),
})

const parsed = envSchema.safeParse(process.env)
if (!parsed.success) {
  throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
}

export const env = {
  ...parsed.data,
  SITE_URL: (parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, ''),
}

export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm start`, which provides one.')
  }
  return env.DATABASE_URL
}
