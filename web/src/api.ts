// The server's JSON API, typed from the server's own query modules (type-only imports: nothing of the server is bundled).
import type { ClaimDetail, LinkPair, Library, Network, ReaderData } from '../../src/queries/index.js';
import type { EntityProfile } from '../../src/queries/entity.js';
import type { SearchResult, StoreCounts, StoredClaim, TimelineEntry } from '../../src/store/store.js';

export type { ClaimDetail, LinkPair, Library, Network, ReaderData, EntityProfile, SearchResult, StoredClaim, TimelineEntry };
export type { LibraryRow, LinkedClaim, NetworkEdge, NetworkNode } from '../../src/queries/index.js';
export type { StoredDocument, StoredEntity, StoredMention, StoredRelation } from '../../src/store/store.js';
export type { ContractClaim, ContractAttribution } from '../../src/contract/json.js';

export interface Paged<T> {
  total: number;
  offset: number;
  items: T[];
}

export type EntityPage = EntityProfile & { id: string; claimTotal: number; timeline: TimelineEntry[] };

export interface IngestResult {
  name: string;
  ok: boolean;
  status?: 'added' | 'unchanged' | 'replaced';
  documentId?: string;
  claims?: number;
  links?: number;
  error?: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The query string of `params`, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function getJson<T>(path: string, params: Record<string, string | number | boolean | undefined | null> = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(`${path}${queryString(params)}`, { signal, credentials: 'same-origin' });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? String(response.status), body?.error?.message ?? response.statusText);
  return body as T;
}

/** Uploads with progress: fetch cannot report upload progress, XMLHttpRequest can. */
export function postIngest(body: FormData | string, onProgress: (fraction: number) => void): Promise<{ results: IngestResult[] }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/ingest');
    if (typeof body === 'string') request.setRequestHeader('Content-Type', 'application/json');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let parsed: any = null;
      try {
        parsed = JSON.parse(request.responseText);
      } catch {
        // A non-JSON answer is reported below with the status.
      }
      if (request.status >= 200 && request.status < 300 && parsed) resolve(parsed);
      else reject(new ApiError(request.status, parsed?.error?.code ?? String(request.status), parsed?.error?.message ?? `upload failed (${request.status})`));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'the server could not be reached'));
    request.send(body);
  });
}
