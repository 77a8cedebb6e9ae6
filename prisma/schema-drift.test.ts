// Fails when the migrated database and prisma/schema.prisma disagree: tables, columns, types,
// nullability, enums, indexes and foreign keys. Prisma's own `migrate diff` needs a schema engine
// this machine cannot download, so we compare Prisma's parsed data model (DMMF, from the same
// WebAssembly module the CLI uses) with PostgreSQL's catalogue.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type DmmfField = {
  name: string
  dbName?: string | null
  kind: 'scalar' | 'enum' | 'object' | 'unsupported'
  type: string
  isRequired: boolean
  isList: boolean
  nativeType?: [string, string[]] | null
  relationFromFields?: string[]
  relationToFields?: string[]
  relationOnDelete?: string
}
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] }
type Dmmf = {
  datamodel: {
    models: DmmfModel[]
    enums: Array<{ name: string; dbName?: string | null; values: Array<{ name: string; dbName?: string | null }> }>
    indexes: Array<{
      model: string
      type: 'id' | 'unique' | 'normal' | 'fulltext'
      dbName?: string | null
      algorithm?: string
      fields: Array<{ name: string; operatorClass?: string }>
    }>
  }
}

const require = createRequire(import.meta.url)
const { get_dmmf } = require('@prisma/prisma-schema-wasm') as { get_dmmf: (params: string) => string }
const schema = readFileSync(path.join(import.meta.dirname, 'schema.prisma'), 'utf8')
const { datamodel } = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] }))) as Dmmf

// The DMMF leaves out `Unsupported("...")` fields (such as the generated tsvector columns that
// search reads), though its indexes still name them; so we read them from the schema text. They are
// declared without @map, so the field name is the column name. Their generation expressions live
// only in the migration SQL: Prisma cannot express them, and this test does not compare them.
const unsupportedColumns = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].flatMap(([, model, body]) =>
  [...body!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)].map(([, column, type, optional]) => ({ model: model!, column: column!, type: type!, isRequired: !optional })),
)

const tableOf = (model: DmmfModel) => model.dbName ?? model.name
const columnOf = (model: DmmfModel, fieldName: string) => {
  const field = model.fields.find((f) => f.name === fieldName)
  return field ? (field.dbName ?? field.name) : unsupportedColumns.find((c) => c.model === model.name && c.column === fieldName)!.column
}
const modelByName = new Map(datamodel.models.map((m) => [m.name, m]))

// The DMMF leaves out a partial index's `where` too, so it is read from the schema text, by the
// index's map name (which a partial index must have, for this). PostgreSQL prints a predicate its
// own way, `("left"(md5(id), 2) < '04'::text)`, so both sides are compared without quotes, casts,
// brackets and spaces.
const partialIndexes = new Map(
  [...schema.matchAll(/@@index\(.*\bwhere: raw\("((?:[^"\\]|\\.)*)"\).*$/gm)].map(([line, where]) => {
    const map = /\bmap: "([^"]+)"/.exec(line!)?.[1]
    if (!map) throw new Error(`a partial index needs a map name, for the drift test: ${line}`)
    return [map, where!.replace(/\\"/g, '"')]
  }),
)
const partOf = (predicate: string | null | undefined) =>
  predicate ? ` where ${predicate.replace(/::\w+|["()\s]/g, '')}` : ''

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Decimal: 'numeric(65,30)',
  Bytes: 'bytea',
}
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Date: () => 'date',
  Decimal: ([precision, scale]) => `numeric(${precision},${scale})`,
  VarChar: ([length]) => (length ? `character varying(${length})` : 'character varying'),
  Timestamptz: ([precision]) => `timestamp(${precision ?? 3}) with time zone`,
  Uuid: () => 'uuid',
}
const ON_DELETE: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' }

function expectedType(field: DmmfField): string {
  if (field.kind === 'enum') return /[A-Z]/.test(field.type) ? `"${field.type}"` : field.type
  if (field.nativeType) return NATIVE_TYPES[field.nativeType[0]]!(field.nativeType[1])
  return SCALAR_TYPES[field.type]!
}

describe('the migrated database matches schema.prisma', () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  beforeAll(() => client.connect())
  afterAll(() => client.end())

  it('has the same tables, columns, types and nullability', async () => {
    const { rows } = await client.query<{ table: string; column: string; type: string; notnull: boolean }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`)
    const actual = rows.map((r) => `${r.table}.${r.column}: ${r.type}${r.notnull ? ' NOT NULL' : ''}`).sort()
    const expected = datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind === 'scalar' || field.kind === 'enum')
          // A list is an array column, which Prisma Migrate leaves nullable.
          .map((field) => `${tableOf(model)}.${field.dbName ?? field.name}: ${expectedType(field)}${field.isList ? '[]' : field.isRequired ? ' NOT NULL' : ''}`),
      )
      .concat(unsupportedColumns.map((c) => `${tableOf(modelByName.get(c.model)!)}.${c.column}: ${c.type}${c.isRequired ? ' NOT NULL' : ''}`))
      .sort()
    expect(actual).toEqual(expected)
  })

  it('has the same enums and values, in order', async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`)
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]))
    const expected = Object.fromEntries(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]))
    expect(actual).toEqual(expected)
  })

  it('has the same primary keys, unique constraints and indexes, methods and operator classes', async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; unique: boolean; primary: boolean; method: string; predicate: string | null }>(`
      SELECT c.relname AS table, i.indisunique AS unique, i.indisprimary AS primary, am.amname AS method,
             pg_get_expr(i.indpred, i.indrelid) AS predicate,
             array(SELECT a.attname || CASE WHEN oc.opcdefault THEN '' ELSE ' ' || oc.opcname END
                   FROM unnest(i.indkey, i.indclass) WITH ORDINALITY k(attnum, opclass, ord)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   JOIN pg_opclass oc ON oc.oid = k.opclass ORDER BY k.ord)::text[] AS columns
      FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
      WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`)
    const kind = (primary: boolean, unique: boolean) => (primary ? 'primary' : unique ? 'unique' : 'index')
    const actual = rows.map((r) => `${r.table}(${r.columns.join(', ')}) ${kind(r.primary, r.unique)} using ${r.method}${partOf(r.predicate)}`).sort()
    const expected = datamodel.indexes
      .map((index) => {
        const model = modelByName.get(index.model)!
        const columns = index.fields
          .map((f) => columnOf(model, f.name) + (f.operatorClass ? ` ${f.operatorClass}` : ''))
          .join(', ')
        const method = (index.algorithm ?? 'BTree').toLowerCase()
        const predicate = index.dbName ? partialIndexes.get(index.dbName) : undefined
        return `${tableOf(model)}(${columns}) ${kind(index.type === 'id', index.type !== 'normal')} using ${method}${partOf(predicate)}`
      })
      .sort()
    expect(actual).toEqual(expected)
  })

  it('has the same foreign keys and delete rules', async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; target: string; targetColumns: string[]; onDelete: string }>(`
      SELECT c.relname AS table, t.relname AS target, con.confdeltype AS "onDelete",
             array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
             array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "targetColumns"
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_class t ON t.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'`)
    const actual = rows
      .map((r) => `${r.table}(${r.columns.join(', ')}) -> ${r.target}(${r.targetColumns.join(', ')}) on delete ${ON_DELETE[r.onDelete]}`)
      .sort()
    const expected = datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((field) => field.kind === 'object' && field.relationFromFields?.length)
          .map((field) => {
            const target = modelByName.get(field.type)!
            const from = field.relationFromFields!.map((name) => columnOf(model, name)).join(', ')
            const to = field.relationToFields!.map((name) => columnOf(target, name)).join(', ')
            // Prisma's default: Restrict for a required relation, SetNull for an optional one.
            const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull')
            return `${tableOf(model)}(${from}) -> ${tableOf(target)}(${to}) on delete ${onDelete}`
          }),
      )
      .sort()
    expect(actual).toEqual(expected)
  })
})
