import { z } from 'zod';
import { VERSION } from '../version.js';
import type { Route } from './routes.js';

const ERROR = {
  description: 'An error: {"error": {"code", "message"}}',
  content: {
    'application/json': {
      schema: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } }, required: ['error'] },
    },
  },
};

const parameters = (schema: z.ZodObject | undefined, where: 'path' | 'query') => {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
};

export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 description of the route table: written from the same schemas that validate inputs. */
export function openApi(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[openApiPath(route.path)] ??= {};
    paths[openApiPath(route.path)][route.method] = {
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { description: route.body.description, required: true, content: Object.fromEntries(route.body.contentTypes.map((type) => [type, {}])) } } : {}),
      responses: { 200: { description: 'JSON' }, 400: ERROR, 401: ERROR, 404: ERROR, 413: ERROR },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'claimgraph', version: VERSION, description: 'Who claims what, about whom, on whose word, and how firmly: the ledger, read-only except /api/ingest.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
