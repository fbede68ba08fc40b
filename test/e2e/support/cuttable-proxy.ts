import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the Worker that a test can cut and restore: the closest thing to
 * pulling one browser's network cable while another browser stays online.
 */
export class CuttableProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly targetPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  restore(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      // Either side closing closes the other, as a real connection would: a refused upstream
      // must reach the browser as a failed request, not a hung one.
      for (const [socket, other] of [
        [client, upstream],
        [upstream, client],
      ]) {
        this.sockets.add(socket);
        socket.on('close', () => {
          this.sockets.delete(socket);
          other.destroy();
        });
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
  }

  cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
