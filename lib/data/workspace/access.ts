// What the person asking may read in the workspace, in one place, as lib/data/public/visibility.ts
// is for visitors. Every read in lib/data/workspace/ takes the asker first and names the permission
// its page needs (lib/auth/permissions.ts); a role without it finds no rows, so a read called from
// the wrong page or action leaks nothing. The pages still check first (requirePermission).
// The rule goes in the where of the query that decides whether a read finds anything; queries keyed
// by what that one found (its claim's notes, its quantity's figures) need not repeat it.
import type { CurrentUser } from '../../auth/session'
import { can, type Permission } from '../../auth/permissions'
import { Prisma } from '../../generated/prisma/client'

/**
 * No row has an id in the empty list. Not an empty OR: Prisma 7 reads `OR: []` as false only at the
 * top of a where, and drops it (every row passes) inside an AND (decision 020).
 */
const NO_ROW = { id: { in: [] as string[] } }

/**
 * `where` itself when the asker's role has `permission`; otherwise `where` and a condition no row
 * passes, added to its AND (so it never widens a where, and holds wherever the where is nested).
 * Every model read this way has a string `id`.
 */
export function readableBy<W extends object>(asker: CurrentUser, permission: Permission, where: W): W {
  if (can(asker.role, permission)) return where
  const and = (where as { AND?: unknown }).AND
  const conditions = Array.isArray(and) ? and : and === undefined ? [] : [and]
  return { ...where, AND: [...conditions, NO_ROW] }
}

/** The same rule in SQL, for the reads Prisma's query builder cannot express (trigram similarity). */
export function readableBySql(asker: CurrentUser, permission: Permission): Prisma.Sql {
  return can(asker.role, permission) ? Prisma.sql`TRUE` : Prisma.sql`FALSE`
}
