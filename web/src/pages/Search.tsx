import { getJson, type SearchResult } from '../api';
import { Status, useApi } from '../components/common';
import { href, type Route } from '../route';
import { ClaimsTable } from './Claims';

export function SearchPage({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const loaded = useApi((signal) => (q.trim() ? getJson<SearchResult>('/api/search', { q, limit: 50 }, signal) : Promise.resolve({ claims: [], documents: [] })), q);
  const data = loaded.data;
  return (
    <div>
      <h1>Search: “{q}”</h1>
      <p className="muted">Words are matched in order, as a phrase; quotes and operators are read as words. At most 50 hits of each kind are shown, best first.</p>
      <Status loaded={loaded} what="search results" />
      {data ? (
        <>
          <h2>Articles ({data.documents.length})</h2>
          <ul>
            {data.documents.map((document) => (
              <li key={document.id}>
                <a href={href('doc', document.id)}>{document.title ?? document.source}</a>{' '}
                <span className="muted">
                  · {document.outlet ?? 'unknown outlet'} · {document.published?.slice(0, 10) ?? ''}
                </span>
              </li>
            ))}
          </ul>
          <h2>Claims ({data.claims.length})</h2>
          <ClaimsTable claims={data.claims} />
        </>
      ) : null}
    </div>
  );
}
