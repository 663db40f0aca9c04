import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { RULES } from '../check/index.js';
import { applySettings } from '../check/config.js';
import { createApp } from '../server/app.js';
import { chromiumPublisher } from '../server/publisher.js';
import { serveWeb } from '../server/static.js';
import { createAccount } from '../store/accounts.js';
import { type Store, openStore, storeFromEnv } from '../store/index.js';
import { loadSettings } from './config.js';
import { EXIT, type Io, Unreadable, Usage } from './io.js';

type ServeOpts = { data?: string; port: string; host: string; config?: string; demo?: boolean };
type UserOpts = { data?: string; passwordStdin?: boolean; role?: string };
/** The built web UI: dist/web beside dist/src (this file is dist/src/cli/serve-commands.js). */
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
/** The synthetic sample packages of the repository (samples/), imported by `serve --demo`. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));
const DATA_HELP = 'data directory of the embedded store (default: $GONGKAI_DATA or ./gongkai-data); DATABASE_URL selects PostgreSQL instead';

/** A running server: its address and how to stop it (closes the listener, then the store). */
export interface Running {
  url: string;
  stop: () => Promise<void>;
}

/** Register `serve` and `user add`; each sets the exit code through `setExit`. `stdin` reads standard input whole. */
export function registerServeCommands(program: Command, io: Io, setExit: (code: number) => void, stdin: () => Promise<string> = readStdin): void {
  program
    .command('serve')
    .description('serve the HTTP API over the store (reads are public; writes need a token, see `gongkai user add`)')
    .option('--data <dir>', DATA_HELP)
    .option('--port <n>', 'TCP port (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--config <file>', 'rule settings for uploads and rechecks (default: ./gongkai.config.json when present)')
    .option('--demo', 'serve an embedded store filled with the synthetic samples (samples/): a fresh temporary one unless --data is given')
    .action(async (opts: ServeOpts) => {
      const running = await startServer(opts, io);
      // Until SIGINT or SIGTERM: then stop listening, close the store and return (exit 0).
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          io.err('gongkai: stopping\n');
          void running.stop().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      setExit(EXIT.ok);
    });
  const user = program.command('user').description('accounts that may upload, delete and recheck through the API');
  user
    .command('add')
    .description('create an account; prints a generated password once (or reads it from standard input)')
    .argument('<name>', 'account name')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .option('--role <role>', 'admin (upload, delete, recheck) or editor (upload only)', 'admin')
    .option('--data <dir>', DATA_HELP)
    .action(async (name: string, opts: UserOpts) => setExit(await userAddCommand(name, opts, io, stdin)));
}

async function openFor(data: string | undefined): Promise<Store> {
  try {
    return await storeFromEnv({ data });
  } catch (e) {
    throw new Unreadable(`the store cannot be opened (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Open the store, start the API on host:port and print its URL; the caller stops it. */
export async function startServer(opts: ServeOpts, io: Io): Promise<Running> {
  if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new Usage(`--port must be a port number (0–65535), not ${opts.port}`);
  const rules = applySettings(RULES, loadSettings(RULES, io.cwd ?? process.cwd(), opts.config));
  // A demo never writes into the DATABASE_URL server: it uses an embedded store, temporary unless --data names one.
  const temporary = opts.demo && !opts.data ? mkdtempSync(join(tmpdir(), 'gongkai-demo-')) : undefined;
  const store = opts.demo ? await openDemo(opts.data ?? temporary ?? '') : await openFor(opts.data);
  if (opts.demo) await importSamples(store, rules, io, temporary ?? opts.data ?? '');
  const app = createApp({ store, rules, publisher: chromiumPublisher, log: (e) => io.err(`gongkai: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`) });
  serveWeb(app, WEB_DIR);
  let server: ReturnType<typeof serve>;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: Number(opts.port), hostname: opts.host }, (info: AddressInfo) => resolve(info.port));
    server.once('error', reject);
  }).catch(async (e: unknown) => {
    await store.close();
    throw new Unreadable(`cannot listen on ${opts.host}:${opts.port} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  });
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${host}:${port}/`;
  io.out(`gongkai serving ${url}api/ (${store.engine === 'postgres' ? 'PostgreSQL' : 'embedded store'}); OpenAPI at ${url}api/openapi.json; web UI at ${url}\n`);
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await store.close();
      if (temporary) rmSync(temporary, { recursive: true, force: true });
    },
  };
}

async function openDemo(dataDir: string): Promise<Store> {
  try {
    return await openStore({ dataDir });
  } catch (e) {
    throw new Unreadable(`the demo store cannot be opened (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Import every sample package of samples/ (the .txt; each .model.json is the same document) and say what came in. */
async function importSamples(store: Store, rules: typeof RULES, io: Io, dataDir: string): Promise<void> {
  const names = readdirSync(SAMPLES_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Unreadable(`no samples in ${SAMPLES_DIR} (npm run samples writes them)`);
  io.out(`gongkai demo: embedded store in ${dataDir}\n`);
  for (const name of names) {
    const r = await store.importFile(name, readFileSync(join(SAMPLES_DIR, name)), { rules });
    const counts = r.counts ? ` (errors ${r.counts.error}, warnings ${r.counts.warning}, info ${r.counts.info})` : r.message ? ` (${r.message})` : '';
    io.out(`gongkai demo: ${r.status} samples/${name}${r.documentId !== undefined ? ` as document ${r.documentId}` : ''}${counts}\n`);
  }
}

/** `gongkai user add NAME`: create an account and print its generated password once. */
export async function userAddCommand(name: string, opts: UserOpts, io: Io, stdin: () => Promise<string> = readStdin): Promise<number> {
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(name)) throw new Usage(`account name ${JSON.stringify(name)}: use 1–64 letters, digits, . _ @ -`);
  const role = opts.role ?? 'admin';
  if (role !== 'admin' && role !== 'editor') throw new Usage(`--role ${JSON.stringify(role)}: use admin or editor`);
  const generated = !opts.passwordStdin;
  const password = generated ? randomBytes(18).toString('base64url') : (await stdin()).replace(/\r?\n$/, '');
  if (password.length < 12) throw new Usage('the password must have at least 12 characters');
  const store = await openFor(opts.data);
  try {
    await createAccount(store.db, name, password, role);
  } catch (e) {
    if (e instanceof Error && /already exists/.test(e.message)) throw new Usage(e.message);
    throw e;
  } finally {
    await store.close();
  }
  io.out(generated ? `account ${name} (${role}) created; its password (shown once): ${password}\n` : `account ${name} (${role}) created\n`);
  return EXIT.ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
