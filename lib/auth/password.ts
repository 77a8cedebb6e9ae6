// Passwords are hashed with argon2id (OWASP's first choice) via @node-rs/argon2's defaults
// (m=19 MiB, t=2, p=1), stored in PHC string format so parameters can be raised later.
import { hash, verify } from '@node-rs/argon2'

export const PASSWORD_MIN_LENGTH = 12

export function hashPassword(password: string): Promise<string> {
  return hash(password)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false
  }
}

/** Hashing a throwaway password costs what a real check costs, so a missing account is not faster. */
let dummyHash: Promise<string> | undefined
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash('claimtrail-timing-equaliser')
  await verifyPassword(await dummyHash, password)
  return false
}
