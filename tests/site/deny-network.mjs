// Preloaded into a test build (`node --import`): every outgoing TCP connection is refused and its target
// appended to the file named by CLAIMDESK_NETWORK_LOG, so that a test can show the build made none.
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.CLAIMDESK_NETWORK_LOG;
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const [options, port] = args;
  const target = typeof options === 'object' && options !== null ? `${options.host ?? options.path ?? '?'}:${options.port ?? ''}` : `${options}:${port ?? ''}`;
  // A local socket (a path, no port) is not the network.
  if (typeof options === 'object' && options?.path && !options.port) return connect.apply(this, args);
  if (log) appendFileSync(log, `${target}\n`);
  queueMicrotask(() => this.destroy(new Error(`network access refused in a test build: ${target}`)));
  return this;
};
