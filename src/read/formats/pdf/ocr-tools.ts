import { execFileSync, spawn } from 'node:child_process';
import { ReadFailure } from '../types.js';

/** Debian packages that give each tool OCR needs. */
const PACKAGES: Record<string, string> = {
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  tesseract: 'tesseract-ocr tesseract-ocr-chi-sim',
  chi_sim: 'tesseract-ocr-chi-sim',
};

const probes = new Map<string, string[]>();

/** What OCR lacks on this PATH (tool names, `chi_sim` for the Chinese data), asked once per PATH. */
export function missingTools(): string[] {
  const path = process.env.PATH ?? '';
  let missing = probes.get(path);
  if (!missing) {
    missing = [];
    for (const tool of ['pdftoppm', 'pdfinfo']) if (runs(tool, ['-v']) === undefined) missing.push(tool);
    const langs = runs('tesseract', ['--list-langs']);
    if (langs === undefined) missing.push('tesseract');
    else if (!/^chi_sim$/m.test(langs)) missing.push('chi_sim');
    probes.set(path, missing);
  }
  return missing;
}

/** The failure to report when tools are missing: what to install, as Debian packages. */
export function missingToolFailure(missing: readonly string[]): ReadFailure {
  const pkgs = [...new Set(missing.flatMap((m) => (PACKAGES[m] ?? m).split(' ')))].join(' ');
  return new ReadFailure('missing-tool', `this PDF has pages without a text layer (a scan) and OCR needs ${missing.join(', ')}: install ${pkgs} (apt-get install ${pkgs}) to read them`);
}

/** Stdout of a quick command (poppler prints its version on stderr, so it may be empty), or undefined when it cannot run. */
function runs(cmd: string, args: string[]): string | undefined {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
  } catch (e) {
    const err = e as { code?: string; stdout?: string; stderr?: string; status?: number | null };
    // `pdftoppm -v` exits 0 on recent poppler but 99 on older ones; only a missing binary means missing.
    if (err.code === 'ENOENT' || err.status === null) return undefined;
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  }
}

/** Child processes of one OCR run: all are killed on abort, and `settled` waits until every one has exited. */
export class Children {
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly signal: AbortSignal) {}

  /** Run a command to completion: its stdout, or a rejection with its stderr; killed when the run is aborted. */
  run(cmd: string, args: readonly string[], env?: Record<string, string>): Promise<Buffer> {
    let exited: () => void = () => undefined;
    // Settled when the process is gone: on abort, 'error' comes before the killed child has exited.
    const gone = new Promise<void>((resolve) => (exited = resolve));
    const done = new Promise<Buffer>((resolve, reject) => {
      if (this.signal.aborted) {
        exited();
        reject(new Error('aborted'));
        return;
      }
      const child = spawn(cmd, args, { signal: this.signal, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e: NodeJS.ErrnoException) => {
        // A child that never started will not close.
        if (child.pid === undefined) exited();
        if (e.code === 'ENOENT') reject(missingToolFailure([cmd]));
        else reject(e);
      });
      child.on('close', (code, sig) => {
        exited();
        if (code === 0) resolve(Buffer.concat(out));
        else reject(new Error(`${cmd} ${sig ? `killed (${sig})` : `exited ${code}`}: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? ''}`));
      });
    });
    const tracked = Promise.all([done.catch(() => undefined), gone]);
    this.running.add(tracked);
    void tracked.then(() => this.running.delete(tracked));
    return done;
  }

  /** Resolves once no child of this run is alive. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
