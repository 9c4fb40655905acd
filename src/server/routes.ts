import type { Context } from 'hono';
import type { z } from 'zod';
import { ClaimgraphError, isClaimgraphError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../ingest/ingest.js';
import { claimDetail, entityProfile, ingestBytes, library, linkPairs, network, readerData } from '../queries/index.js';
import type { ClaimFilter, Store } from '../store/store.js';
import { VERSION } from '../version.js';
import { claimsQuery, entityQuery, idParam, ingestText, libraryQuery, linksQuery, networkQuery, searchQuery, timelineQuery } from './inputs.js';

export interface RouteContext {
  store: Store;
  maxUploadBytes: number;
}

/** One use case of the API: its inputs are schemas, so they are validated and described by the same table. */
export interface Route {
  method: 'get' | 'post';
  /** Hono path syntax (`:id`); /openapi.json shows it as `{id}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** What a POST body may be, for the description only (bodies are read by the handler). */
  body?: { contentTypes: string[]; description: string };
  handle(input: { params: any; query: any; c: Context; context: RouteContext }): Promise<unknown>;
}

const claimFilter = (query: z.infer<typeof claimsQuery>): ClaimFilter => ({
  entityIds: query.entity,
  claimIds: query.ids,
  documentId: query.document,
  source: query.source,
  attribution: query.attribution,
  type: query.type,
  hedged: query.hedged,
  minCheckworthiness: query.minCheckworthiness,
  outlet: query.outlet,
  from: query.from,
  to: query.to,
  sort: query.sort,
});

async function ingestOne(store: Store, bytes: Uint8Array, name: string, maxBytes: number) {
  try {
    const saved = await ingestBytes(store, bytes, { source: `upload/${name}`, maxBytes });
    return { name, ok: true as const, ...saved };
  } catch (error) {
    if (!isClaimgraphError(error)) throw error;
    return { name, ok: false as const, error: { code: error.code, message: error.message } };
  }
}

export const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/api/overview',
    summary: 'What the store holds: counts of documents, claims, entities, mentions, relations, links',
    handle: async ({ context }) => ({ version: VERSION, dialect: context.store.dialect, counts: await context.store.counts() }),
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'The library: articles with outlet, genre, date, authors, claims and the share anonymous, hedged, opinion',
    query: libraryQuery,
    handle: ({ query, context }) =>
      library(context.store, { outlet: query.outlet, genre: query.genre, text: query.q, sort: query.sort, descending: query.desc, offset: query.offset, limit: query.limit }),
  },
  {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'The article reader: clean text, claims, mentions, relations and links to claims elsewhere',
    params: idParam,
    handle: ({ params, context }) => readerData(context.store, params.id),
  },
  {
    method: 'get',
    path: '/api/claims',
    summary: 'Claims filtered by entity, source, attribution kind, type, hedging, check-worthiness, outlet and date, paged',
    query: claimsQuery,
    handle: async ({ query, context }) => {
      const filter = claimFilter(query);
      const [items, total] = await Promise.all([context.store.claims({ ...filter, offset: query.offset, limit: query.limit }), context.store.countClaims(filter)]);
      return { total, offset: query.offset, items };
    },
  },
  {
    method: 'get',
    path: '/api/claims/:id',
    summary: 'One claim: its source chain, hedges, numbers, dates, check-worthiness, entities, relations and links',
    params: idParam,
    handle: ({ params, context }) => claimDetail(context.store, params.id),
  },
  {
    method: 'get',
    path: '/api/entities/:id',
    summary: 'An entity: aliases, types, articles, claims about it grouped by who asserts them, relations',
    params: idParam,
    query: entityQuery,
    handle: async ({ params, query, context }) => {
      const [entity] = await context.store.entitiesById([params.id]);
      if (!entity) throw new ClaimgraphError('not_found', `no entity ${params.id} in the store`);
      const profile = await entityProfile(context.store, entity.name, { claimLimit: query.claimLimit });
      const claimTotal = await context.store.countClaims({ entityIds: profile.entities.map((each) => each.id) });
      return { id: entity.id, ...profile, claimTotal, timeline: await context.store.timeline({ entityIds: profile.entities.map((each) => each.id), limit: 200 }) };
    },
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over claims and articles (the input is words, never query syntax)',
    query: searchQuery,
    handle: ({ query, context }) => context.store.search(query.q, { limit: query.limit }),
  },
  {
    method: 'get',
    path: '/api/network',
    summary: 'Entities and the relations claims assert between them, the heaviest edges first, with filters',
    query: networkQuery,
    handle: ({ query, context }) =>
      network(context.store, {
        entityIds: query.entity,
        maxEdges: query.maxEdges,
        keep: (relation) =>
          (!query.attribution || relation.attributionKind === query.attribution) &&
          (!query.outlet || relation.outlet === query.outlet) &&
          (query.hedged === undefined || relation.hedged === query.hedged),
      }),
  },
  {
    method: 'get',
    path: '/api/timeline',
    summary: 'Dated claims in event order, the event date and the report date kept apart, paged',
    query: timelineQuery,
    handle: async ({ query, context }) => {
      const entries = (await context.store.timeline({ entityIds: query.entity, limit: 1_000_000 })).filter((entry) => !query.attribution || entry.attributionKind === query.attribution);
      return { total: entries.length, offset: query.offset, items: entries.slice(query.offset, query.offset + query.limit) };
    },
  },
  {
    method: 'get',
    path: '/api/links',
    summary: 'Corroborations, contradictions and repeats: both claims side by side with the reason and strength, paged',
    query: linksQuery,
    handle: ({ query, context }) => linkPairs(context.store, query),
  },
  {
    method: 'post',
    path: '/api/ingest',
    summary: 'Analyse and store articles: multipart files (field "file", repeatable) or JSON {text, name}',
    body: { contentTypes: ['multipart/form-data', 'application/json'], description: 'HTML or text files, or pasted text' },
    handle: async ({ c, context }) => {
      const type = c.req.header('content-type') ?? '';
      const maxBytes = context.maxUploadBytes;
      if (type.startsWith('application/json')) {
        const body = ingestText.parse(await c.req.json());
        return { results: [await ingestOne(context.store, new TextEncoder().encode(body.text), body.name ?? 'pasted.txt', maxBytes)] };
      }
      if (!type.startsWith('multipart/form-data')) throw new ClaimgraphError('bad_usage', 'send multipart/form-data with "file" fields, or application/json {"text": ...}');
      const form = await c.req.parseBody({ all: true });
      const files = ([] as unknown[]).concat(form.file ?? []).filter((value): value is File => value instanceof File);
      if (files.length === 0) throw new ClaimgraphError('bad_usage', 'no "file" field in the upload');
      const results = [];
      for (const file of files) results.push(await ingestOne(context.store, new Uint8Array(await file.arrayBuffer()), file.name.replace(/^.*[/\\]/, '') || 'upload', maxBytes));
      return { results };
    },
  },
];

export const DEFAULT_UPLOAD_BYTES = DEFAULT_MAX_BYTES;
