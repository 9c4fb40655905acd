import { z } from 'zod';

/** Query and path inputs of every route, validated before any query runs. */

const page = (defaultLimit: number, maxLimit: number) => ({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('rows to skip'),
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe(`rows to return (at most ${maxLimit})`),
});

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_:.-]+$/, 'an id is letters, digits and _ : . -');
const day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const idList = z
  .string()
  .max(20_000)
  .transform((value) => value.split(',').filter(Boolean))
  .pipe(z.array(id).max(1000));

export const attributionKind = z.enum(['named', 'anonymous', 'author']);
export const claimType = z.enum(['factual', 'opinion', 'prescriptive']);
export const linkKind = z.enum(['corroborates', 'contradicts', 'repeats']);

export const idParam = z.object({ id });

export const libraryQuery = z.object({
  outlet: z.string().max(500).optional(),
  genre: z.string().max(50).optional(),
  q: z.string().max(500).optional().describe('words in the title, source, outlet or authors'),
  sort: z.enum(['ingested', 'published', 'title', 'outlet', 'claims']).default('ingested'),
  desc: flag.optional(),
  ...page(50, 500),
});

export const claimsQuery = z.object({
  entity: idList.optional().describe('entity ids, comma-separated: claims naming any of them'),
  ids: idList.optional().describe('claim ids, comma-separated'),
  document: id.optional(),
  source: z.string().max(200).optional().describe("words of the source's name"),
  attribution: attributionKind.optional(),
  type: claimType.optional(),
  hedged: flag.optional(),
  minCheckworthiness: z.coerce.number().min(0).max(1).optional(),
  outlet: z.string().max(500).optional(),
  from: day.optional(),
  to: day.optional(),
  sort: z.enum(['document', 'checkworthiness', 'published']).default('document'),
  ...page(50, 500),
});

export const entityQuery = z.object({ claimLimit: z.coerce.number().int().min(1).max(2000).default(200) });

export const searchQuery = z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).default(50) });

export const networkQuery = z.object({
  entity: idList.optional().describe('entity ids: only their neighbourhood (one hop)'),
  attribution: attributionKind.optional(),
  outlet: z.string().max(500).optional(),
  hedged: flag.optional(),
  maxEdges: z.coerce.number().int().min(1).max(20_000).default(400).describe('the heaviest edges kept'),
});

export const timelineQuery = z.object({ entity: idList.optional(), attribution: attributionKind.optional(), ...page(200, 2000) });

export const linksQuery = z.object({ kind: linkKind.optional(), ...page(25, 200) });

export const ingestText = z.object({
  text: z.string().min(1),
  name: z
    .string()
    .max(300)
    .regex(/^[^/\\]*$/, 'a name, not a path')
    .optional(),
});
