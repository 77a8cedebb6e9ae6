// A web server on 127.0.0.1 for tests that fetch pages (lib/capture): each path answers as its
// handler says, and the server counts the connections made to it, so a test can tell that a
// refused address was refused before anything was sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type Handler = (request: IncomingMessage, response: ServerResponse) => void

export type LocalWebServer = {
  /** http://127.0.0.1:PORT */
  origin: string
  port: number
  /** Connections accepted since the start. */
  connections: () => number
  /** The requests received, in order. */
  requests: IncomingMessage[]
  close: () => Promise<void>
}

export async function startLocalWebServer(routes: Record<string, Handler>): Promise<LocalWebServer> {
  const sockets = new Set<Socket>()
  const requests: IncomingMessage[] = []
  let connections = 0
  const server = createServer((request, response) => {
    requests.push(request)
    const handler = routes[new URL(request.url ?? '/', 'http://local').pathname]
    if (handler) return handler(request, response)
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
  })
  server.on('connection', (socket) => {
    connections += 1
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    requests,
    close: () => {
      // Slow handlers may still hold a response open; end their connections too.
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
