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

/** Failed sign-ins per account (10 in 15 minutes): a password guesser crawls whatever its addresses. */
const signInFailuresByAccount = limiter('sign-in:account', 10, 15)
/** Failed sign-ins per client address (30 in 15 minutes): one address cannot try many accounts. */
const signInFailuresByAddress = limiter('sign-in:address', 30, 15)

/** Check requests from the public form per client address (5 an hour): enough for a reader, not for a flood. */
const checkRequestsByAddress = limiter('check-request:address', 5, 60)

/** Counts one check request from this address; false when it has sent its share for the hour. */
export async function allowCheckRequest(address: string | null): Promise<boolean> {
  return checkRequestsByAddress()
    .consume(address ?? 'unknown')
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof RateLimiterRes) return false
        throw error
      },
    )
}

export type SignInAttempt = { email: string; address: string | null }

const keysOf = ({ email, address }: SignInAttempt) =>
  [
    { limit: signInFailuresByAccount(), key: email.toLowerCase() },
    address ? { limit: signInFailuresByAddress(), key: address } : null,
  ].filter((entry) => entry !== null)

/**
 * Counts an attempt before the password is checked, so parallel guesses cannot all slip past the
 * limit; false when this account or address has used up its attempts.
 */
export async function beginSignIn(attempt: SignInAttempt): Promise<boolean> {
  const results = await Promise.all(
    keysOf(attempt).map(({ limit, key }) =>
      limit.consume(key).then(
        () => true,
        (error: unknown) => {
          // A RateLimiterRes rejection means "limit reached"; anything else is a real failure.
          if (error instanceof RateLimiterRes) return false
          throw error
        },
      ),
    ),
  )
  return results.every(Boolean)
}

/** A successful sign-in forgets the account's count and gives the address its attempt back. */
export async function signInSucceeded(attempt: SignInAttempt): Promise<void> {
  await signInFailuresByAccount().delete(attempt.email.toLowerCase())
  if (attempt.address) await signInFailuresByAddress().reward(attempt.address, 1)
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
