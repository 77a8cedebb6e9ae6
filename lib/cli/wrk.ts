// HTTP load for the benchmarks, by wrk (Debian's `wrk` package): a load generator in C, so it
// leaves the cores to the server it measures. One written in Node tops out near the bare server's
// real rate here and makes every ratio look better than it is.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type WrkResult = {
  requests: number
  requestsPerSecond: number
  /** Latency percentiles in milliseconds. */
  p50: number
  p99: number
  /** Socket errors (connect, read, write, timeout) and responses other than 2xx or 3xx. */
  failures: number
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

function latency(output: string, percent: string): number {
  const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output)
  if (!match) throw new Error(`wrk printed no ${percent}% latency:\n${output}`)
  return Number(match[1]) * UNIT_MS[match[2]!]!
}

/** Parses what `wrk --latency` prints. */
export function parseWrk(output: string): WrkResult {
  const requests = /^\s*(\d+) requests in /m.exec(output)
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(output)
  if (!requests || !rate) throw new Error(`wrk printed no request count:\n${output}`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)
  const failures = (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0)
  return { requests: Number(requests[1]), requestsPerSecond: Number(rate[1]), p50: latency(output, '50'), p99: latency(output, '99'), failures }
}

/** `connections` connections to `url` for `seconds`, from one wrk thread. */
export async function wrk(url: string, connections: number, seconds: number): Promise<WrkResult> {
  try {
    const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], { timeout: (seconds + 30) * 1000 })
    return parseWrk(stdout)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('wrk is not installed: apt-get install wrk (the benchmarks measure HTTP load with it)')
    throw error
  }
}
