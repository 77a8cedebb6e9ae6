// Auth.js (next-auth v5) with email and password, plus the guard protected pages use. The
// session only carries the user id: role and disabled state are read from the database on every
// request, so a change takes effect at once.
import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { forbidden, redirect } from 'next/navigation'
import { cache } from 'react'
import { getDb } from './db'
import { env } from './env'
import type { Role } from './generated/prisma/enums'
import { verifyAgainstNothing, verifyPassword } from './password'
import { can, type Permission } from './permissions'
import { beginSignIn, clientAddress, signInSucceeded } from './rate-limit'
import { signInSchema } from './validations/user'

/** Thrown by authorize() when an account or address has failed too often; the form says so. */
export class TooManySignInAttempts extends CredentialsSignin {
  code = 'rate_limited'
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // `npm start` serves on whatever host the operator chose; Auth.js should trust the Host header.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  logger: {
    // A wrong password or a rate-limited attempt is an expected outcome, not a server error.
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) console.error(error)
    },
  },
  callbacks: {
    // The token's subject is the user id; nothing else about the user is trusted from the token.
    session: ({ session, token }) => ({ ...session, user: { ...session.user, id: token.sub ?? '' } }),
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      authorize: async (credentials, request) => {
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
        return { id: user.id, email: user.email, name: user.name }
      },
    }),
  ],
})

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

/** The id the session cookie names, before any check of the account behind it. */
export async function sessionUserId(): Promise<string | null> {
  const session = await auth()
  return session?.user?.id || null
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
