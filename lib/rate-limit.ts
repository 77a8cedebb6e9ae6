// Rate limits kept in PostgreSQL (table rate_limit), so they hold across every app instance.
// rate-limiter-flexible does the counting with one atomic upsert per attempt.
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { getPool } from './db'

const MINUTE = 60

function limiter(keyPrefix: string, points: number, durationMinutes: number) {
  let instance: RateLimiterPostgres | undefined
  // Created on first use: `next build` imports this module without a database.
  return () =>
    (instance ??= new RateLimiterPostgres({
      storeClient: getPool(),
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationMinutes * MINUTE,
      blockDuration: durationMinutes * MINUTE,
    }))
}

/** Failed sign-ins per account: slows a password guesser to a crawl whatever addresses it uses. */
const signInFailuresByAccount = limiter('sign-in:account', 10, 15)
/** Failed sign-ins per client address: one address cannot try many accounts. */
const signInFailuresByAddress = limiter('sign-in:address', 30, 15)

export type SignInAttempt = { email: string; address: string | null }

const keysOf = ({ email, address }: SignInAttempt) =>
  [
    { limit: signInFailuresByAccount(), key: email.toLowerCase() },
    address ? { limit: signInFailuresByAddress(), key: address } : null,
  ].filter((entry) => entry !== null)

/** Seconds until this attempt may be made, or 0 when it may be made now. */
export async function signInRetryAfter(attempt: SignInAttempt): Promise<number> {
  const states = await Promise.all(keysOf(attempt).map(({ limit, key }) => limit.get(key)))
  const blocked = states.filter((state) => state !== null && state.remainingPoints <= 0) as RateLimiterRes[]
  return blocked.length === 0 ? 0 : Math.ceil(Math.max(...blocked.map((state) => state.msBeforeNext)) / 1000)
}

export async function recordFailedSignIn(attempt: SignInAttempt): Promise<void> {
  // consume() rejects with a RateLimiterRes once the limit is reached, which is expected: the
  // next signInRetryAfter() reports the wait. Any other rejection is a real failure.
  await Promise.all(
    keysOf(attempt).map(({ limit, key }) =>
      limit.consume(key).catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error
      }),
    ),
  )
}

/** A successful sign-in clears the account's count (but not the address's). */
export async function recordSuccessfulSignIn(attempt: SignInAttempt): Promise<void> {
  await signInFailuresByAccount().delete(attempt.email.toLowerCase())
}

/**
 * The client address as the nearest proxy saw it: the last X-Forwarded-For entry (`next start`
 * fills the header with the socket address when no proxy did). See README, "Deploying".
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last ? last.slice(0, 64) : null
}
