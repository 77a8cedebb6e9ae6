// `npm run bench:figures`: what figure relations cost on a large knowledge base, on a throwaway
// embedded PostgreSQL. Builds 10,000 quantities and 100,000 figures with bulk SQL, computes every
// relation, then times adding one figure with the app's own write (lib/server/figures/add-figure.ts: quote,
// figure, its relations and the audit entries in one transaction) with 10,000 and with 100,000 figures in the knowledge base,
// the reads behind the busiest quantity's pages and API answer (called directly), and its public
// page served by the production build: the first, uncached render apart from the cached hits.
// `--no-page` skips the page (and the build it may need); `--refresh-busiest` also times
// refreshQuantityRelations on the busiest quantity, which takes minutes.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describeQuote } from '../anchoring'
import type { Db } from '../db'
import { createAccount } from '../server/accounts/create-account'
import { addFigure } from '../server/figures/add-figure'
import { newId } from '../ids'
import { COMPARED_FIELDS, quantityRelationRows, toComparable } from '../figures/comparable'
import { insertRelations, refreshQuantityRelations } from '../server/figures/figure-relations'
import type { FigureCreateInput } from '../validations/figure'
import { draftFigure, planQuantities, seededRandom, sourceText, type FigureDraft, type QuantityPlan, type Random, type SourceText } from './bench-figures-data'
import { log, median, ms, percentile, startWebServer, time, withThrowawayDatabase } from './bench-helpers'
import { PROJECT_DIR } from './database'
import { formatNumber } from '../format'

const QUANTITIES = 10_000
const FIGURES = 100_000
const BUSIEST = 1_000
/** The smaller knowledge base adds are first timed on. */
const FIRST_FIGURES = 10_000
const SOURCES = 300
const SENTENCES = 400
const ADDS = 500
/** Adds made before each timed series, so that V8 has compiled the write path's code. */
const WARM_UP_ADDS = 100
const BUSIEST_ADDS = 20
const REFRESH_SAMPLE = 50
const PAGE_REQUESTS = 20
const READ_ROUNDS = 3
const TYPICAL = { min: 8, max: 12 }
/** The synthetic sentences state no figure, so each figure says why it differs from its words (lib/figures/agreement.ts). */
const SYNTHETIC_DERIVATION = 'synthetic: a benchmark figure, not read from its words'
const BATCH = 10_000

const seconds = (value: number) => `${(value / 1000).toFixed(1).padStart(6)} s `

type Row = Array<string | number | boolean | null>
type Snapshot = SourceText & { id: string }
type Quantity = QuantityPlan & { id: string }
/** `load`: the 1-minute load average when the measurement ended (the machine is shared). */
type Stats = { label: string; values: number[]; load: number }

/**
 * INSERT … SELECT FROM unnest(arrays), `BATCH` rows a statement: the fast path short of COPY. The
 * knowledge base's 100,000 figures and their quotes and claims are bulk data, raw on purpose, not
 * one lib/server write each; what is timed (adding a figure) goes through the app's own write.
 */
async function insertRows(client: pg.Client, table: string, columns: Array<[string, string]>, rows: Row[], hasUpdatedAt = true) {
  const names = [...columns.map(([name]) => `"${name}"`), ...(hasUpdatedAt ? ['"updatedAt"'] : [])].join(', ')
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')
  const sql = `INSERT INTO "${table}" (${names}) SELECT *${hasUpdatedAt ? ', now()' : ''} FROM unnest(${arrays})`
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH)
    await client.query(sql, columns.map((_, c) => chunk.map((row) => row[c])))
  }
}

async function insertSources(client: pg.Client, actorId: string): Promise<Snapshot[]> {
  const snapshots = Array.from({ length: SOURCES }, (_, i) => ({ ...sourceText(i, SENTENCES), id: newId(), sourceId: newId() }))
  await insertRows(client, 'Source', [['id', 'text'], ['title', 'text'], ['kind', '"SourceKind"'], ['publisher', 'text'], ['createdById', 'text']],
    snapshots.map((s, i) => [s.sourceId, s.title, i % 3 === 0 ? 'GOVERNMENT_REPORT' : 'NEWS_ARTICLE', `Publisher ${(i % 40) + 1}`, actorId]))
  await insertRows(client, 'SourceSnapshot', [['id', 'text'], ['sourceId', 'text'], ['version', 'int'], ['text', 'text'], ['contentHash', 'text'], ['capturedById', 'text']],
    snapshots.map((s) => [s.id, s.sourceId, 1, s.text, createHash('sha256').update(s.text, 'utf8').digest('hex'), actorId]), false)
  return snapshots
}

async function insertQuantities(client: pg.Client, plans: QuantityPlan[]): Promise<Quantity[]> {
  const quantities = plans.map((plan) => ({ ...plan, id: newId() }))
  await insertRows(client, 'Quantity', [['id', 'text'], ['slug', 'text'], ['name', 'text'], ['unit', 'text']], quantities.map((q) => [q.id, q.slug, q.name, q.unit]))
  return quantities
}

/**
 * Every figure of `quantities`, each with a quote of its own, and a claim for every published
 * figure (a figure is published with its claim's verdict) and for some unpublished ones.
 */
async function insertFigures(client: pg.Client, random: Random, quantities: Quantity[], snapshots: Snapshot[], actorId: string, firstIndex: number) {
  const quotes: Row[] = []
  const claims: Row[] = []
  const figures: Row[] = []
  let index = firstIndex
  for (const quantity of quantities) {
    for (let k = 0; k < quantity.figureCount; k++, index++) {
      const figure = draftFigure(random, quantity)
      const snapshot = snapshots[index % SOURCES]!
      const [start, end] = snapshot.sentences[Math.floor(index / SOURCES) % SENTENCES]!
      const anchor = describeQuote(snapshot.text, start, end)
      const quoteId = newId()
      quotes.push([quoteId, snapshot.id, anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end, actorId])
      const publishedAt = figure.isPublished ? `${2015 + (index % 10)}-06-01T12:00:00Z` : null
      const claimId = figure.isPublished || random() < 0.4 ? newId() : null
      if (claimId) claims.push([claimId, `synthetic-claim-${index}`, claimText(quantity, figure), publishedAt, actorId])
      figures.push([newId(), quantity.id, quoteId, claimId, figure.qualifier, figure.value, figure.low, figure.high, figure.unit,
        figure.periodStart, figure.periodEnd, figure.periodLabel, publishedAt, actorId, SYNTHETIC_DERIVATION])
    }
  }
  await insertRows(client, 'Quote', [['id', 'text'], ['snapshotId', 'text'], ['exact', 'text'], ['prefix', 'text'], ['suffix', 'text'], ['start', 'int'], ['end', 'int'], ['createdById', 'text']], quotes)
  await insertRows(client, 'Claim', [['id', 'text'], ['slug', 'text'], ['text', 'text'], ['publishedAt', 'timestamp(3)'], ['createdById', 'text']], claims)
  await insertRows(client, 'Figure', [['id', 'text'], ['quantityId', 'text'], ['quoteId', 'text'], ['claimId', 'text'], ['qualifier', '"FigureQualifier"'],
    ['value', 'numeric'], ['low', 'numeric'], ['high', 'numeric'], ['unit', 'text'], ['periodStart', 'date'], ['periodEnd', 'date'], ['periodLabel', 'text'],
    ['publishedAt', 'timestamp(3)'], ['createdById', 'text'], ['derivation', 'text']], figures)
  return { figures: figures.length, published: figures.filter((row) => row[12] !== null).length, claims: claims.length }
}

function claimText(quantity: QuantityPlan, figure: FigureDraft): string {
  const words: Record<FigureDraft['qualifier'], string> = { EXACT: '', ABOUT: 'about ', AT_LEAST: 'at least ', MORE_THAN: 'more than ', AT_MOST: 'at most ', FEWER_THAN: 'fewer than ', RANGE: '' }
  const value = figure.qualifier === 'RANGE' ? `${figure.low} to ${figure.high}` : figure.value
  return `${quantity.name}: ${words[figure.qualifier]}${value} ${figure.unit}${figure.periodLabel ? ` ${figure.periodLabel}` : ''}.`
}

/**
 * The bulk path for relations: the rows refreshQuantityRelations would store (the same pure
 * comparison), read and written in bulk rather than one transaction per quantity.
 */
async function computeRelations(db: Db, client: pg.Client, quantities: Quantity[]) {
  let rows = 0
  let compute = 0
  // Loading without the secondary indexes and building them afterwards is several times faster.
  const [{ rows: indexes }, dropping] = await time(() =>
    client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'FigureRelation' AND indexname <> 'FigureRelation_pkey'`),
  )
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`)
  let write = dropping
  for (let i = 0; i < quantities.length; i += 1_000) {
    const batch = quantities.slice(i, i + 1_000)
    const [figures, read] = await time(() =>
      db.figure.findMany({ where: { quantityId: { in: batch.map((q) => q.id) } }, orderBy: { id: 'asc' }, select: { ...COMPARED_FIELDS, quantityId: true } }),
    )
    write += read
    const [relations, computing] = await time(() => {
      const byQuantity = new Map<string, typeof figures>()
      for (const figure of figures) {
        const group = byQuantity.get(figure.quantityId)
        if (group) group.push(figure)
        else byQuantity.set(figure.quantityId, [figure])
      }
      return batch.flatMap((quantity) => quantityRelationRows(quantity.id, (byQuantity.get(quantity.id) ?? []).map(toComparable), quantity.unit))
    })
    compute += computing
    const [, writing] = await time(() => insertRelations(db, relations))
    write += writing
    rows += relations.length
  }
  const [, indexing] = await time(async () => {
    for (const index of indexes) await client.query(index.indexdef)
  })
  return { rows, compute, write: write + indexing }
}

type Adds = { total: number[]; relations: number[] }

/** Adds figures one by one with the app's own write (lib/server/figures/add-figure.ts), each in its own transaction. */
async function addFigures(db: Db, random: Random, targets: Quantity[], snapshots: Snapshot[], actorId: string, times: number): Promise<Adds> {
  const adds: Adds = { total: [], relations: [] }
  for (let i = 0; i < times; i++) {
    const quantity = targets[Math.floor(random() * targets.length)]!
    const draft = draftFigure(random, quantity)
    const snapshot = snapshots[Math.floor(random() * snapshots.length)]!
    const [start, end] = snapshot.sentences[Math.floor(random() * snapshot.sentences.length)]!
    const day = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null)
    const input: FigureCreateInput = {
      // A passage no quote points at yet ("report N says …" without "Section K of"), as a reviewer selects it.
      snapshotId: snapshot.id, start: snapshot.text.indexOf('report', start), end,
      quantityId: quantity.id, qualifier: draft.qualifier, value: draft.value, low: draft.low, high: draft.high, unit: draft.unit,
      periodStart: day(draft.periodStart), periodEnd: day(draft.periodEnd), periodLabel: draft.periodLabel ?? undefined,
      derivation: SYNTHETIC_DERIVATION,
    }
    const [added, total] = await time(() => db.$transaction((tx) => addFigure(tx, input, actorId), { timeout: 60_000 }))
    adds.total.push(total)
    adds.relations.push(added.relations)
    quantity.figureCount++
  }
  return adds
}

/** refreshQuantityRelations (the app's path) on some quantities: its time, and whether it stores what the bulk path stored. */
async function refreshQuantities(db: Db, quantities: Quantity[]) {
  const durations: number[] = []
  let mismatches = 0
  for (const quantity of quantities) {
    const before = await db.figureRelation.count({ where: { quantityId: quantity.id } })
    const [after, duration] = await time(() => db.$transaction((tx) => refreshQuantityRelations(tx, quantity.id), { timeout: 600_000 }))
    durations.push(duration)
    if (after !== before) mismatches++
  }
  return { durations, mismatches }
}

async function get(url: string): Promise<{ status: number; bytes: number; duration: number }> {
  const [response, duration] = await time(async () => {
    const response = await fetch(url, { redirect: 'manual' })
    return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
  })
  return { ...response, duration }
}

type Page = { quantity: Quantity; status: number; bytes: number; first: number; cached: number[] }

/**
 * GET /quantities/<slug> of the busiest and a typical quantity; null when the route is not in this
 * checkout. The page is cached after its first render (`revalidate`), so the first request, made
 * once the server is warm (a typical page served first), is the uncached render; the rest are hits.
 */
async function measurePages(origin: string, busiest: Quantity, typical: Quantity[]): Promise<Page[] | null> {
  const candidates = typical.slice(0, 5)
  const statuses = await Promise.all(candidates.map(async (q) => (await get(`${origin}/quantities/${q.slug}`)).status))
  log(`GET /quantities/<slug>: ${candidates.map((q, i) => `${q.slug} ${statuses[i]}`).join(', ')}`)
  if (statuses.every((status) => status === 404)) return null
  const warm = candidates[statuses.findIndex((status) => status === 200)] ?? candidates[0]!
  const fresh = typical.find((q) => !candidates.includes(q)) ?? warm
  const pages: Page[] = []
  for (const quantity of [busiest, fresh]) {
    const url = `${origin}/quantities/${quantity.slug}`
    const first = await get(url)
    log(`GET /quantities/${quantity.slug}: first request HTTP ${first.status}, ${formatNumber(Math.round(first.bytes / 1024))} KB, ${ms(first.duration)}`)
    const cached = []
    for (let i = 0; i < PAGE_REQUESTS; i++) cached.push((await get(url)).duration)
    pages.push({ quantity, status: first.status, bytes: first.bytes, first: first.duration, cached })
  }
  return pages
}

/** The reads behind the busiest quantity's pages, timed in a process of its own (lib/cli/bench-figures-read.ts). */
async function measureReads(url: string, quantity: Quantity): Promise<Record<string, { ms: number[]; bytes: number }>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_DIR, 'lib', 'cli', 'bench-figures-read.ts'), quantity.slug, quantity.id, String(READ_ROUNDS)], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: url },
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`bench-figures-read exited with ${code}`)
  return JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, { ms: number[]; bytes: number }>
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

async function main() {
  const isPageSkipped = process.argv.includes('--no-page')
  const isBusiestRefreshed = process.argv.includes('--refresh-busiest')
  await withThrowawayDatabase(async ({ url, db, onCleanup }) => {
    const random = seededRandom(4)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    onCleanup(() => client.end())
    const actor = await db.$transaction((tx) => createAccount(tx, null, { email: 'bench@example.org', name: 'Bench', role: 'REVIEWER', passwordHash: 'unusable' }, 'bench'))
    const stats: Stats[] = []
    const record = (label: string, values: number[]) => stats.push({ label, values, load: loadavg()[0]! })
    const notes: string[] = []

    // Two stages with the same mix of quantity sizes: adds are timed after each.
    const [quantities, setup] = await time(async () => {
      const snapshots = await insertSources(client, actor.id)
      return { snapshots, all: await insertQuantities(client, planQuantities(random, QUANTITIES, FIGURES, BUSIEST)) }
    })
    const busiest = quantities.all.find((q) => q.isBusiest)!
    const others = shuffle(random, quantities.all.filter((q) => !q.isBusiest))
    let firstCount = 0
    const first = others.filter((q) => (firstCount += q.figureCount) - q.figureCount < FIRST_FIGURES)
    const stages = [first, [...others.slice(first.length), busiest]]
    log(`${formatNumber(QUANTITIES)} quantities, ${SOURCES} sources with a snapshot each: ${seconds(setup)}`)

    const loadedQuantities = new Set<Quantity>()
    let loaded = 0
    let relationRows = 0
    const build = { data: 0, compute: 0, write: 0 }
    for (const [stage, stageQuantities] of stages.entries()) {
      const [inserted, data] = await time(() => insertFigures(client, random, stageQuantities, quantities.snapshots, actor.id, loaded))
      await client.query('ANALYZE')
      loaded += inserted.figures
      for (const quantity of stageQuantities) loadedQuantities.add(quantity)
      log(`stage ${stage + 1}: ${formatNumber(inserted.figures)} figures (${formatNumber(inserted.published)} published), ${formatNumber(inserted.claims)} claims, each figure with its quote: ${seconds(data)}`)
      const relations = await computeRelations(db, client, stageQuantities)
      // Vacuumed and checkpointed like a database in steady state, so that autovacuum and a
      // checkpoint of the bulk load do not run during the adds timed next.
      await client.query('VACUUM (ANALYZE)')
      await client.query('CHECKPOINT')
      relationRows += relations.rows
      Object.assign(build, { data: build.data + data, compute: build.compute + relations.compute, write: build.write + relations.write })
      log(`stage ${stage + 1}: ${formatNumber(relations.rows)} relations: compared ${seconds(relations.compute)}, read and stored ${seconds(relations.write)}`)

      const typical = quantities.all.filter((q) => q.figureCount >= TYPICAL.min && q.figureCount <= TYPICAL.max && loadedQuantities.has(q))
      await addFigures(db, random, typical, quantities.snapshots, actor.id, WARM_UP_ADDS)
      const total = await db.figure.count()
      const adds = await addFigures(db, random, typical, quantities.snapshots, actor.id, ADDS)
      log(`stage ${stage + 1}: ${ADDS} figures added to typical quantities (${TYPICAL.min}–${TYPICAL.max} figures, ${median(adds.relations)} relations each) with ${formatNumber(total)} figures in total: median ${ms(median(adds.total), 1)}`)
      record(`add a figure, typical quantity, ${formatNumber(total)} figures in all`, adds.total)
    }

    const [kinds, published] = await Promise.all([
      db.figureRelation.groupBy({ by: ['kind'], _count: true }),
      db.figure.count({ where: { quantityId: busiest.id, publishedAt: { not: null } } }),
    ])
    const busiestAdds = await addFigures(db, random, [busiest], quantities.snapshots, actor.id, BUSIEST_ADDS)
    record(`add a figure, busiest quantity (${formatNumber(busiest.figureCount - BUSIEST_ADDS)}+ figures)`, busiestAdds.total)
    log(`${BUSIEST_ADDS} figures added to the busiest quantity: median ${ms(median(busiestAdds.total), 1)}`)

    const typical = quantities.all.filter((q) => q.figureCount >= TYPICAL.min && q.figureCount <= TYPICAL.max)
    const sample = typical.slice(0, REFRESH_SAMPLE)
    const refreshTypical = await refreshQuantities(db, sample)
    record('refreshQuantityRelations, typical quantity', refreshTypical.durations)
    const checked = [...sample]
    let mismatches = refreshTypical.mismatches
    if (isBusiestRefreshed) {
      log(`refreshQuantityRelations on the busiest quantity (${formatNumber(busiest.figureCount)} figures); this takes minutes …`)
      const refreshBusiest = await refreshQuantities(db, [busiest])
      record('refreshQuantityRelations, busiest quantity', refreshBusiest.durations)
      checked.push(busiest)
      mismatches += refreshBusiest.mismatches
    } else {
      notes.push('refreshQuantityRelations on the busiest quantity: not run (it takes minutes; pass --refresh-busiest)')
    }
    notes.push(mismatches === 0
      ? `bulk relations = refreshQuantityRelations on all ${checked.length} quantities checked`
      : `WARNING: refreshQuantityRelations stored a different number of relations than the bulk path for ${mismatches} of ${checked.length} quantities`)

    const reads = await measureReads(url, busiest)
    for (const [name, read] of Object.entries(reads)) record(`${name}, busiest quantity (${formatNumber(Math.round(read.bytes / 1024))} KB of JSON)`, read.ms)

    if (isPageSkipped) {
      notes.push('page: skipped (--no-page)')
    } else {
      const publishedTypical = (await db.quantity.findMany({
        where: { id: { in: typical.slice(0, 200).map((q) => q.id) }, figures: { some: { publishedAt: { not: null } } } },
        select: { id: true },
      })).map((row) => typical.find((q) => q.id === row.id)!)
      const visible = await db.figureRelation.count({ where: { quantityId: busiest.id, figureA: { publishedAt: { not: null } }, figureB: { publishedAt: { not: null } } } })
      const origin = await startWebServer(url, onCleanup)
      const pages = await measurePages(origin, busiest, publishedTypical)
      if (pages === null) {
        notes.push('page: skipped: GET /quantities/<slug> answers 404 for every quantity tried (the page is not in this checkout)')
      } else {
        for (const page of pages) {
          const label = page.quantity.isBusiest ? `GET /quantities/<busiest> (${formatNumber(published)} published figures, ${formatNumber(visible)} public relations)` : 'GET /quantities/<typical>'
          record(`${label}, HTTP ${page.status}, ${formatNumber(Math.round(page.bytes / 1024))} KB, first (uncached)`, [page.first])
          record(`${label}, cached`, page.cached)
        }
      }
    }

    const figures = await db.figure.count()
    const byKind = kinds.map((k) => `${formatNumber(k._count)} ${k.kind.toLowerCase()}`).join(', ')
    console.log(`\nKnowledge base: ${formatNumber(QUANTITIES)} quantities, ${SOURCES} sources, ${formatNumber(figures)} figures after the adds; busiest quantity ${formatNumber(busiest.figureCount)} figures (${formatNumber(published)} published before the adds).`)
    console.log(`Built with bulk SQL: figures, quotes and claims ${seconds(build.data)}; ${formatNumber(relationRows)} relations (${byKind}): compared ${seconds(build.compute)}, read and stored ${seconds(build.write)}.`)
    const width = Math.max(...stats.map((s) => s.label.length))
    console.log(`\n${'measurement'.padEnd(width)}     n    median       p95   load (${cpus().length} cores)`)
    for (const { label, values, load } of stats) {
      console.log(`${label.padEnd(width)} ${String(values.length).padStart(5)} ${ms(median(values), 1)} ${ms(percentile(values, 95), 1)}   ${load.toFixed(1)}`)
    }
    for (const note of notes) console.log(note)
  })
}

await main()
