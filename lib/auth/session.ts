// Auth.js (next-auth v5) with email and password, plus the guard protected pages use. The
// session cookie carries the user id and the id of a Session row (docs/decisions/017); every
// request checks that row is still open and reads role and disabled state from the database, so
// signing out, a disabled account or "sign out everywhere" ends a copied cookie at once.
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { forbidden, redirect } from 'next/navigation'
import { cache } from 'react'
import { getDb, type DbTransaction } from '../db'
import { isDatabaseUnavailable } from '../db-errors'
import { env } from '../env'
import type { Role } from '../generated/prisma/enums'
import { verifyAgainstNothing, verifyPassword } from './password'
import { can, type Permission } from './permissions'
import { clientAddress } from '../http/client-address'
import { safeReturnPath } from './return-path'
import { beginSignIn, signInSucceeded } from './rate-limit'
import { signInSchema } from '../validations/user'

declare module 'next-auth' {
  interface User {
    /** The Session row opened by this sign-in. */
    sessionId?: string
  }
  interface Session {
    sessionId?: string
  }
}

/** How long a session lasts from sign-in, whatever happens to the cookie. */
export const SESSION_HOURS = 8

/** Thrown by authorize() when an account or address has failed too often; the form says so. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = 'rate_limited'
}

/** Thrown by authorize() when the database is away: not a wrong password, and not a configuration problem. */
export class SignInUnavailable extends CredentialsSignin {
  code = 'unavailable'
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // `npm start` serves on whatever host the operator chose; Auth.js should trust the Host header.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: '/sign-in' },
  logger: {
    // A wrong password or a rate-limited attempt is an expected outcome, not a server error.
    error: (error) => {
      if (error instanceof CredentialsSignin) return
      // A forged or stale session cookie, or a post without the CSRF token (another site's form):
      // worth a line, not a stack trace per request.
      if ('type' in error && error.type === 'JWTSessionError') return console.warn(`[auth] session cookie refused: ${error.message.split('\n')[0]}`)
      if ('type' in error && error.type === 'MissingCSRF') return console.warn('[auth] refused a post without its CSRF token')
      console.error(error)
    },
  },
  callbacks: {
    // Where Auth.js sends the browser next (after signing in through its own endpoint, or out):
    // only a path of ours, read as lib/auth/return-path.ts reads a return address.
    redirect: ({ url, baseUrl }) => `${baseUrl}${safeReturnPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url)}`,
    jwt: ({ token, user }) => (user?.sessionId ? { ...token, sid: user.sessionId } : token),
    // The token's subject is the user id; nothing else about the user is trusted from the token.
    session: ({ session, token }) => ({ ...session, sessionId: typeof token.sid === 'string' ? token.sid : undefined, user: { ...session.user, id: token.sub ?? '' } }),
  },
  events: {
    signOut: async (message) => {
      const sid = 'token' in message ? message.token?.sid : undefined
      if (typeof sid === 'string') await endSessions({ id: sid })
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      authorize: async (credentials, request) => {
        try {
          return await checkPassword(credentials, request)
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw new SignInUnavailable()
          throw error
        }
      },
    }),
  ],
})

/** Auth.js's authorize: the rate limits, then the password; a session opened for a good one. */
async function checkPassword(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials)
  if (!parsed.success) throw new CredentialsSignin()
  // Unknown emails are counted like known ones, so the limit reveals nothing either.
  const attempt = { email: parsed.data.email, address: clientAddress(request.headers) }
  if (!(await beginSignIn(attempt))) throw new TooManySignInAttempts()
  const user = await getDb().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, disabledAt: true, passwordHash: true },
  })
  const isValid = user ? await verifyPassword(user.passwordHash, parsed.data.password) : await verifyAgainstNothing(parsed.data.password)
  if (!user || !isValid || user.disabledAt) throw new CredentialsSignin()
  await signInSucceeded(attempt)
  const session = await openSession(user.id)
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id }
}

export type CurrentUser = { id: string; email: string; name: string; role: Role }

/** The account with this id if it exists and is enabled, with its current role. */
export async function findActiveUser(id: string | null | undefined): Promise<CurrentUser | null> {
  if (!id) return null
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  })
  if (!user || user.disabledAt) return null
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}

/** Opens a session for a sign-in, and forgets this account's sessions that ended a day ago or more. */
async function openSession(userId: string) {
  const now = Date.now()
  const db = getDb()
  await db.session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now - 86_400_000) } } })
  return db.session.create({ data: { userId, expiresAt: new Date(now + SESSION_HOURS * 3_600_000) }, select: { id: true } })
}

/** Ends sessions: one (sign-out), or all of an account's (disabled, or "sign out everywhere"). */
export async function endSessions(which: { id: string } | { userId: string }, tx: Pick<DbTransaction, 'session'> = getDb()): Promise<number> {
  const { count } = await tx.session.updateMany({ where: { ...which, endedAt: null }, data: { endedAt: new Date() } })
  return count
}

/**
 * The id of the account whose session cookie came with this request, if that session is still
 * open; before any check of the account itself (findActiveUser).
 */
export async function sessionUserId(): Promise<string | null> {
  const session = await auth()
  const userId = session?.user?.id
  if (!userId || !session.sessionId) return null
  const open = await getDb().session.count({ where: { id: session.sessionId, userId, endedAt: null, expiresAt: { gt: new Date() } } })
  return open > 0 ? userId : null
}

/** The signed-in, enabled account behind this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => findActiveUser(await sessionUserId()))

/** For pages: the current user, or a redirect to sign in (coming back to `returnTo`). */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`)
  return user
}

/** For pages: a user who may do `permission`; anyone else signed in gets the 403 page. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo)
  if (!can(user.role, permission)) forbidden()
  return user
}
