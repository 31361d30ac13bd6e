/**
 * The small HTTP side of every service: `/livez` (the process runs), `/readyz` (it can do work: database and
 * broker reachable) and `/metrics` (Prometheus text), on HTTP_PORT.
 */
import http from 'node:http';

export interface HttpOptions {
  ready: () => Promise<boolean>;
  metrics?: () => Promise<{ contentType: string; body: string }>;
}

export interface RunningHttp {
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(host: string, port: number, opts: HttpOptions): Promise<RunningHttp> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (code: number, body: string, type = 'text/plain; charset=utf-8'): void => {
      res.writeHead(code, { 'content-type': type });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'method not allowed\n');
    if (path === '/livez') return send(200, 'ok\n');
    if (path === '/readyz') {
      opts.ready().then(
        (ok) => send(ok ? 200 : 503, ok ? 'ready\n' : 'not ready\n'),
        () => send(503, 'not ready\n'),
      );
      return;
    }
    if (path === '/metrics' && opts.metrics) {
      opts.metrics().then(
        (m) => send(200, m.body, m.contentType),
        () => send(500, 'metrics unavailable\n'),
      );
      return;
    }
    send(404, 'not found\n');
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
