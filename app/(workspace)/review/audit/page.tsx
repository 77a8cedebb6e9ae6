import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { AuditList } from '@/components/audit-list'
import { requirePermission } from '@/lib/auth/session'
import { getAuditClaim, listAuditEntries } from '@/lib/data/workspace/audit'
import { fromAddress, idSchema, pageParamSchema } from '@/lib/validations/params'
import styles from './page.module.css'
import pageLinks from '@/components/page-links.module.css'

export const metadata: Metadata = { title: 'Audit log' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** "<EntityType>:<id>", e.g. "Verdict:ck…", as typed into the filter. */
const entitySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{1,40}:[^:\s]{1,40}$/)
  .transform((value) => {
    const [type, id] = value.split(':') as [string, string]
    return { type, id }
  })
  .pipe(z.object({ type: z.string(), id: idSchema }))

const addressSchema = z.object({
  claim: idSchema.optional(),
  page: pageParamSchema,
})

function pageHref(filter: { entity?: string; claim?: string }, page: number): string {
  const query = new URLSearchParams({ ...(filter.entity ? { entity: filter.entity } : {}), ...(filter.claim ? { claim: filter.claim } : {}) })
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/review/audit?${search}` : '/review/audit'
}

export default async function AuditPage({ searchParams }: Props) {
  const raw = await searchParams
  const user = await requirePermission('audit.view', '/review/audit')
  const address = addressSchema.safeParse({ claim: fromAddress(raw.claim), page: fromAddress(raw.page) })
  if (!address.success) notFound()
  const { claim: claimId, page } = address.data
  const typedEntity = fromAddress(raw.entity)
  const parsedEntity = typedEntity ? entitySchema.safeParse(typedEntity) : null
  // A mistyped filter shows nothing rather than everything, with a message under the field.
  const entity = parsedEntity?.success ? parsedEntity.data : undefined
  const entityError = parsedEntity && !parsedEntity.success ? 'Enter a type and an id, e.g. Verdict:ck…' : undefined
  const [{ entries, hasOlder }, claim] = await Promise.all([
    entityError ? Promise.resolve({ entries: [], hasOlder: false }) : listAuditEntries(user, { entity, claimId, page }),
    claimId ? getAuditClaim(user, claimId) : Promise.resolve(null),
  ])
  const filter = { entity: typedEntity, claim: claimId }
  const isFiltered = Boolean(typedEntity || claimId)
  return (
    <>
      <header>
        <p className="eyebrow">Workspace</p>
        <h1>Audit log</h1>
        <p className="meta">Every change, newest first: who made it, when, and what it changed.</p>
      </header>
      <form method="get" action="/review/audit" className={`form ${styles.auditFilter}`} role="search" aria-label="Filter the audit log">
        <div className="form__field">
          <label htmlFor="entity">Entity</label>
          <input
            id="entity"
            name="entity"
            defaultValue={typedEntity ?? ''}
            placeholder="Verdict:ck…"
            aria-describedby="entity-hint entity-error"
            aria-invalid={entityError ? true : undefined}
          />
          <p id="entity-hint" className="form__hint">
            A type and id, e.g. <code>Verdict:&lt;id&gt;</code> or <code>Claim:&lt;id&gt;</code>.
          </p>
          <p id="entity-error" className="form__field-error" aria-live="polite">
            {entityError}
          </p>
        </div>
        {claimId ? <input type="hidden" name="claim" value={claimId} /> : null}
        <div className="form__actions">
          <button type="submit" className="button">
            Filter
          </button>
          {isFiltered ? <Link href="/review/audit">Show everything</Link> : null}
        </div>
      </form>
      {claim ? (
        <p className="audit-filter__scope">
          Showing changes to the claim “{claim.text}”, its verdict revisions, figures, appearances and notes.
        </p>
      ) : null}
      <AuditList entries={entries} />
      <nav aria-label="Audit log pages" className={pageLinks.pager}>
        {page > 1 ? <Link href={pageHref(filter, page - 1)}>Newer entries</Link> : null}
        {hasOlder ? <Link href={pageHref(filter, page + 1)}>Older entries</Link> : null}
      </nav>
    </>
  )
}
