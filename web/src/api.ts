// A small typed client of the gongkai HTTP API (shapes as in src/server/schemas.ts and src/server/routes/*).

/** Finding counts by severity. */
export interface Counts { error: number; warning: number; info: number }
/** A stored document as listed. */
export interface Summary { id: number; fileName: string; sha256: string; body: string; region: string | null; year: number | null; kind: string; template: string; title: string | null; counts: Counts; createdAt: string }
/** A page of items. */
export interface PageOf<T> { items: T[]; total: number; limit: number; offset: number }
/** A source position. */
export interface Position { file: string; line: number; endLine?: number; column?: { start: number; end: number }; page?: number; box?: { x: number; y: number; w: number; h: number }; ref?: string }
/** An exact amount with its unit. */
export interface Money { raw: string; value: string; unit: string }
/** A table cell. */
export interface Cell { text: string; amount?: Money; pos: Position }
/** A table row. */
export interface Row { role: string; code?: string; level?: '类' | '款' | '项'; name: string; name2?: string; side?: string; lineNo?: string; unitName?: string; cells: Record<string, Cell>; pos: Position }
/** A table as printed. */
export interface Table { kind: string; title: string; number?: string; year?: number; bodyName?: string; unit?: string; columns: { key: string; label: string; unit?: string }[]; headerRows: Cell[][]; rows: Row[]; noData: boolean; notes: { text: string; pos: Position }[]; pos: Position }
/** The parts of the document model the UI reads (the rest is passed through untouched). */
export interface Model { tables: Table[]; [k: string]: unknown }
/** One document with its model. */
export interface Detail extends Summary { file: { name: string; sha256: string; size: number; importedAt: string }; model: Model }
/** A finding as data. */
export interface Finding { rule: string; severity: 'error' | 'warning' | 'info'; location: Position; related?: Position[]; expected?: string; actual?: string; params: Record<string, string> }
/** An issuing body with its documents by year. */
export interface Body { body: string; years: { year: number | null; documents: { id: number; kind: string; title: string | null; fileName: string }[] }[] }
/** A figure of the compare table. */
export type Figure = { value: string; unit: string; yuan: string; line: number } | null;
/** One column of the compare table. */
export interface Comparison {
  id: number; body: string; year: number | null; kind: string;
  revenueTotal: Figure; expenditureTotal: Figure; basic: Figure; project: Figure; personnel: Figure; publicFunds: Figure;
  personnelSharePercent: string | null;
  spendingTotal: Figure;
  structure: { basicSharePercent: string | null; projectSharePercent: string | null; classes: { code: string | null; name: string; value: string; unit: string; sharePercent: string | null }[]; classTable: string | null; personnelPrinted: boolean };
  threePublic: { total: Figure; abroad: Figure; vehicles: Figure; reception: Figure };
  projects: number | null; forms: number; findings: Counts;
}
/** A chart as data (src/render/charts/data.ts). */
export interface ChartSpec { id: string; title: string; unit: string; kind: string; series: { name: string; items: { label: string; value: string; code?: string }[] }[]; source?: { table: string; line: number } }
/** A body's figures year by year (src/server/trend.ts). */
export interface Trend {
  body: string;
  kinds: { kind: string; unit: string; documents: { year: number; id: number }[]; rows: { key: string; label: string; group: string; points: { year: number; documentId: number; value: string | null; change: string | null; changePercent: string | null }[] }[] }[];
}
/** A search hit. */
export interface Hit { source: 'form' | 'project-row' | 'indicator' | 'fact'; documentId: number; body: string; year: number | null; text: string; amountYuan: string | null; line: number }
/** The answer for one uploaded file. */
export interface UploadResult { name: string; status: 'imported' | 'duplicate' | 'unreadable' | 'failed'; documentId?: number; counts?: Counts; message?: string }

/** An error answer of the API (its code and message). */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'gongkai.token';
/** The bearer token of this tab, if logged in. */
export const token = (): string | null => sessionStorage.getItem(TOKEN_KEY);
/** Forget the token (log out). */
export const logout = (): void => sessionStorage.removeItem(TOKEN_KEY);

async function get<T>(path: string): Promise<T> {
  const r = await fetch(path, { headers: { accept: 'application/json' } });
  return answer<T>(r);
}

async function answer<T>(r: Response): Promise<T> {
  const body: unknown = await r.json().catch(() => null);
  if (!r.ok) {
    const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(r.status, e?.code ?? 'http', e?.message ?? `HTTP ${r.status}`);
  }
  return body as T;
}

/** A query string of the defined values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

/** Filters of the document list. */
export interface ListFilter { region?: string; body?: string; year?: string; kind?: string; status?: string; limit?: number; offset?: number }

export const api = {
  documents: (f: ListFilter) => get<PageOf<Summary>>(`/api/documents${qs({ ...f })}`),
  document: (id: number) => get<Detail>(`/api/documents/${id}`),
  findings: (id: number) => get<{ items: Finding[]; total: number }>(`/api/documents/${id}/findings`),
  body: (name: string) => get<Body>(`/api/bodies/${encodeURIComponent(name)}`),
  trend: (name: string) => get<Trend>(`/api/bodies/${encodeURIComponent(name)}/trend`),
  charts: (id: number) => get<{ items: ChartSpec[] }>(`/api/documents/${id}/charts`),
  bodies: () => get<{ items: Body[] }>(`/api/bodies`),
  compare: (ids: number[]) => get<{ items: Comparison[] }>(`/api/compare${qs({ ids: ids.join(',') })}`),
  search: (q: string, limit: number, offset: number) => get<PageOf<Hit>>(`/api/search${qs({ q, limit, offset })}`),
  /** Log in and keep the token for this tab. */
  login: async (name: string, password: string): Promise<void> => {
    const r = await fetch('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, password }) });
    const t = await answer<{ token: string; expiresAt: string }>(r);
    sessionStorage.setItem(TOKEN_KEY, t.token);
  },
};

/** The answer to a publication: the rendered file, or the error-level findings that refused it (409). */
export type PublishAnswer = { ok: true; blob: Blob; fileName: string; publication: string | null } | { ok: false; findings: Finding[]; message: string };

/** Publish a model (POST /api/publish): the server checks it and renders it, or refuses while errors stand unless forced. */
export async function publish(model: unknown, format: 'pdf' | 'html' | 'docx' | 'xlsx', force: boolean): Promise<PublishAnswer> {
  const t = token();
  const r = await fetch('/api/publish', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) },
    body: JSON.stringify({ model, format, force }),
  });
  if (r.status === 409) {
    const body = (await r.json()) as { error: { message: string }; findings: Finding[] };
    return { ok: false, findings: body.findings, message: body.error.message };
  }
  if (!r.ok) {
    if (r.status === 401) logout();
    return answer<never>(r);
  }
  const disposition = r.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  let fileName = `disclosure.${format}`;
  try { fileName = star ? decodeURIComponent(star) : plain ?? fileName; } catch { /* keep the default */ }
  return { ok: true, blob: await r.blob(), fileName, publication: r.headers.get('x-gongkai-publication') };
}

/** Upload one file (XHR for upload progress); resolves with its result whatever the HTTP status. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    const t = token();
    if (t) xhr.setRequestHeader('authorization', `Bearer ${t}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: reported below */
      }
      const results = (body as { results?: UploadResult[] } | null)?.results;
      const first = results?.[0];
      if (first) resolve(first);
      else {
        const e = (body as { error?: { message?: string } } | null)?.error;
        if (xhr.status === 401) logout();
        resolve({ name: file.name, status: 'failed', message: e?.message ?? `HTTP ${xhr.status}` });
      }
    };
    xhr.onerror = () => resolve({ name: file.name, status: 'failed', message: '网络错误' });
    const form = new FormData();
    form.append('files', file, file.name);
    xhr.send(form);
  });
}
