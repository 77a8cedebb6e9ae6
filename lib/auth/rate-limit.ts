// Rate limits kept in PostgreSQL (table rate_limit), so they hold across every app instance.
// rate-limiter-flexible does the counting with one atomic upsert per attempt.
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { getPool } from '../db'

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

/**
 * Sign-in attempts, counted before the password is checked. Per account and address together (10
 * in 15 minutes): a guesser at one address crawls, while the account's owner, elsewhere, signs in
 * as usual. Per address (30 in 15 minutes): one address cannot try many accounts. Per account from
 * anywhere (100 an hour): a guesser with many addresses is slowed too, and locking the owner out
 * takes a hundred attempts from four or more addresses, not ten requests. This is the scheme
 * rate-limiter-flexible documents for login endpoints.
 */
const signInFailuresByAccountAndAddress = limiter('sign-in:account-address', 10, 15)
const signInFailuresByAddress = limiter('sign-in:address', 30, 15)
const signInFailuresByAccount = limiter('sign-in:account', 100, 60)

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

const keysOf = ({ email, address }: SignInAttempt) => {
  const account = email.toLowerCase()
  const where = address ?? 'unknown'
  return [
    { limit: signInFailuresByAccountAndAddress(), key: `${account} ${where}` },
    { limit: signInFailuresByAccount(), key: account },
    address ? { limit: signInFailuresByAddress(), key: address } : null,
  ].filter((entry) => entry !== null)
}

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

/** A successful sign-in forgets this address's failures for the account and gives back its attempts. */
export async function signInSucceeded(attempt: SignInAttempt): Promise<void> {
  const account = attempt.email.toLowerCase()
  await signInFailuresByAccountAndAddress().delete(`${account} ${attempt.address ?? 'unknown'}`)
  await signInFailuresByAccount().reward(account, 1)
  if (attempt.address) await signInFailuresByAddress().reward(attempt.address, 1)
}
