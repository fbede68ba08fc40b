// An HTTP proxy in front of the Worker that logs when each request started, when its answer's
// first and last bytes went back, how big it was (as sent: compressed when the browser asked for
// it) and, for a pull, whether more pages follow: the browser's own view of its sync, with no hook
// inside the extension. Costs well under a millisecond per request on loopback.
import { Agent, createServer, request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

const decoders = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };

/** Whether a pull answer (as sent, maybe compressed) says more pages follow. */
function readHasMore(chunks, encoding) {
  const body = Buffer.concat(chunks);
  return JSON.parse((decoders[encoding]?.(body) ?? body).toString('utf8')).hasMore === true;
}

/** Starts the proxy on a free loopback port; `log` holds one entry per finished request. */
export function startTimingProxy(targetUrl) {
  const target = new URL(targetUrl);
  const agent = new Agent({ keepAlive: true });
  const log = [];
  const server = createServer((incoming, outgoing) => {
    const entry = { method: incoming.method, path: incoming.url, start: performance.now(), bytes: 0 };
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
        agent,
      },
      (answer) => {
        entry.status = answer.statusCode;
        entry.firstByte = performance.now();
        outgoing.writeHead(answer.statusCode, answer.headers);
        const isPull = incoming.method === 'POST' && incoming.url.endsWith('/pull');
        const chunks = [];
        answer.on('data', (chunk) => {
          entry.bytes += chunk.length;
          if (isPull) chunks.push(chunk);
        });
        answer.pipe(outgoing);
        answer.on('end', () => {
          entry.end = performance.now();
          // Decoded after the answer went out, so the browser never waits for it.
          if (isPull && answer.statusCode === 200)
            entry.hasMore = readHasMore(chunks, answer.headers['content-encoding']);
          log.push(entry);
        });
      },
    );
    upstream.on('error', () => {
      entry.status = 0;
      entry.end = performance.now();
      log.push(entry);
      outgoing.destroy();
    });
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        log,
        close: () =>
          new Promise((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
