import { describe, expect, it } from 'vitest'
import { parseWrk } from './wrk'

const OUTPUT = `Running 10s test @ http://127.0.0.1:41234/claims/a-claim
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    52.10ms   10.20ms 310.00ms   90.00%
    Req/Sec   960.00     80.00     1.10k    70.00%
  Latency Distribution
     50%  850.00us
     75%   55.00ms
     90%   60.00ms
     99%    1.20s
  9563 requests in 10.00s, 230.50MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    956.30
Transfer/sec:     23.05MB
`

describe('parseWrk', () => {
  it('reads the rate, the count, the percentiles in milliseconds whatever their unit, and every failure', () => {
    const result = parseWrk(OUTPUT)
    expect(result).toMatchObject({ requests: 9563, requestsPerSecond: 956.3, failures: 7 })
    expect(result.p50).toBeCloseTo(0.85, 6)
    expect(result.p99).toBeCloseTo(1200, 6)
  })

  it('counts no failures when wrk reports none', () => {
    const clean = OUTPUT.replace(/  Socket errors.*\n/, '').replace(/  Non-2xx.*\n/, '')
    expect(parseWrk(clean).failures).toBe(0)
  })

  it('refuses output that is not a finished run', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/no request count/)
  })
})
