import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app.js';
import { type StoreLocation, openStore } from '../src/store/index.js';

// The API server of the load script, in a worker thread: the load generator then does not share its event loop,
// so the latencies measured are the server's, not the client's queueing.
const at = workerData as StoreLocation;
const store = await openStore(at);
const app = createApp({ store, log: (e) => console.error('load-server:', e) });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => parentPort?.postMessage({ port: info.port }));
parentPort?.on('message', (m: unknown) => {
  if (m !== 'stop') return;
  server.close(() => void store.close().then(() => parentPort?.postMessage({ stopped: true })));
  if ('closeAllConnections' in server) server.closeAllConnections();
});
