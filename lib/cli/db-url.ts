// `npm run -s db:url`: the connection URL in use, so `psql "$(npm run -s db:url)"` works.
import { env } from '../env'
import { embeddedUrl, readConnection } from './embedded-postgres'
import { DATA_DIR, fail } from './database'

const saved = readConnection(DATA_DIR)
if (env.DATABASE_URL) console.log(env.DATABASE_URL)
else if (saved) console.log(embeddedUrl(saved))
else fail('no database yet: run `npm start` once (or set DATABASE_URL).')
