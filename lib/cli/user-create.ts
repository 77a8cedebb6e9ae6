// `npm run user:create -- --email x@example.org --role editor [--name "X Y"]`
// The password is read from standard input when it is piped, or prompted for (twice, hidden).
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { connectDb } from '../db'
import { hashPassword } from '../auth/password'
import { createAccount } from '../server/accounts/create-account'
import { userCreateSchema } from '../validations/user'
import { fail, openDatabase } from './database'

const USAGE = 'usage: npm run user:create -- --email <email> --role <reviewer|editor|admin> [--name <name>]'

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  })
  if (!values.email || !values.role) fail(USAGE)
  const password = process.stdin.isTTY ? await promptTwice() : await readStdin()
  const parsed = userCreateSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email.split('@')[0],
    role: values.role.toUpperCase(),
    password,
  })
  if (!parsed.success) fail(`${z.prettifyError(parsed.error)}\n${USAGE}`)

  const database = await openDatabase(console.log)
  const db = connectDb(database.url)
  try {
    const { password: plain, ...account } = parsed.data
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
      fail(`an account with the email ${account.email} already exists`)
    }
    const passwordHash = await hashPassword(plain)
    await db.$transaction((tx) => createAccount(tx, null, { ...account, passwordHash }, 'cli'))
    console.log(`Created ${account.role} account ${account.email}.`)
  } finally {
    await db.$disconnect()
    await database.close()
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '')
}

async function promptTwice(): Promise<string> {
  const first = await promptHidden('Password: ')
  const second = await promptHidden('Repeat password: ')
  if (first !== second) fail('the passwords do not match')
  return first
}

function promptHidden(question: string): Promise<string> {
  process.stdout.write(question)
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() })
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true })
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    }),
  )
}

await main()
