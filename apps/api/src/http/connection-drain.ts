import { Server as NetServer, type Socket } from 'node:net';
import type { Server, ServerResponse } from 'node:http';

export interface ConnectionDrain {
  /** True once {@link drain} was called (readiness answers 503 from then on). */
  readonly draining: boolean;
  /**
   * Stops accepting connections and lets every open one end cleanly: requests in flight finish and
   * are answered with `Connection: close`, as is a request arriving later on an open keep-alive
   * connection; a connection idle for `idleMs` is closed (FIN) between requests. Resolves when no
   * connection is left, or after `graceMs` when the stragglers are cut (and counted).
   */
  drain(options?: { graceMs?: number; idleMs?: number }): Promise<{ cut: number }>;
}

/**
 * Graceful shutdown of an HTTP server without resets. Node's `server.close()` destroys idle keep-alive
 * sockets at once, so a request the client is just sending on one is reset; Apollo's drain plugin also
 * half-closes a socket right after its last response, racing the client's next request. Here a
 * connection ends only after a response that said `Connection: close`, or after it stayed idle.
 */
export function trackConnections(server: Server): ConnectionDrain {
  /** Open connections and the responses each is still writing. */
  const open = new Map<Socket, Set<ServerResponse>>();
  let draining = false;
  let idleMs = 500;
  const idleTimers = new Map<Socket, NodeJS.Timeout>();

  const endWhenIdle = (socket: Socket) => {
    clearTimeout(idleTimers.get(socket));
    idleTimers.set(
      socket,
      setTimeout(() => {
        if (open.get(socket)?.size === 0) socket.end();
      }, idleMs),
    );
  };

  server.on('connection', (socket: Socket) => {
    open.set(socket, new Set());
    socket.once('close', () => {
      clearTimeout(idleTimers.get(socket));
      idleTimers.delete(socket);
      open.delete(socket);
    });
    if (draining) endWhenIdle(socket);
  });
  server.on('request', (req, res: ServerResponse) => {
    const responses = open.get(req.socket);
    if (!responses) return;
    responses.add(res);
    clearTimeout(idleTimers.get(req.socket));
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      responses.delete(res);
      // A response that went out before the drain said keep-alive: the connection may now sit idle.
      if (draining && responses.size === 0 && !req.socket.destroyed) endWhenIdle(req.socket);
    });
  });

  return {
    get draining() {
      return draining;
    },
    async drain(options = {}) {
      const graceMs = options.graceMs ?? 10_000;
      idleMs = options.idleMs ?? idleMs;
      draining = true;
      // Stop listening without http.Server#close's immediate destruction of idle connections.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      for (const [socket, responses] of open) {
        if (responses.size === 0) endWhenIdle(socket);
        for (const res of responses) if (!res.headersSent) res.setHeader('Connection', 'close');
      }
      let cut = 0;
      const timeout = setTimeout(() => {
        cut = open.size;
        for (const socket of open.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(timeout);
      return { cut };
    },
  };
}
