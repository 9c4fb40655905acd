import { getJson, type Paged, type StoredClaim } from '../api';
import { csvCell, download, intParam, Pager, Status, useApi } from '../components/common';
import { asKind, KindBadge, KindChips } from '../components/legend';
import { href, updateParams, type Route } from '../route';

const PAGE = 50;
const FIELDS = ['entity', 'source', 'type', 'hedged', 'minCheckworthiness', 'outlet', 'from', 'to', 'sort', 'ids'] as const;

const CSV_COLUMNS: Array<[string, (claim: StoredClaim) => unknown]> = [
  ['id', (claim) => claim.id],
  ['text', (claim) => claim.text],
  ['attribution', (claim) => claim.attributionKind],
  ['source', (claim) => claim.source],
  ['type', (claim) => claim.type],
  ['hedged', (claim) => claim.hedged],
  ['checkworthiness', (claim) => claim.checkworthiness],
  ['article', (claim) => claim.document.title],
  ['outlet', (claim) => claim.document.outlet],
  ['published', (claim) => claim.document.published],
  ['document', (claim) => claim.documentId],
  ['start', (claim) => claim.start],
  ['end', (claim) => claim.end],
];

export function ClaimsTable({ claims }: { claims: StoredClaim[] }) {
  return (
    <table className="table claims-table">
      <thead>
        <tr>
          <th>Claim</th>
          <th>On whose word</th>
          <th>Type</th>
          <th>Hedged</th>
          <th>Check-worthy</th>
          <th>Outlet</th>
          <th>Date</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} className={`row-${claim.attributionKind}`}>
            <td>
              <a href={href('doc', claim.documentId, { claim: claim.id })}>{claim.text}</a>
            </td>
            <td>
              <KindBadge kind={claim.attributionKind} /> {claim.attributionKind === 'author' ? <span className="muted">author</span> : (claim.source ?? <span className="muted">unnamed</span>)}
            </td>
            <td>{claim.type}</td>
            <td>{claim.hedged ? 'hedged' : ''}</td>
            <td className="num">{claim.checkworthiness.toFixed(2)}</td>
            <td>{claim.document.outlet ?? ''}</td>
            <td>{claim.document.published?.slice(0, 10) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClaimsPage({ route }: { route: Route }) {
  const p = route.params;
  const query: Record<string, string | number | undefined> = { attribution: asKind(p.get('attribution')) ?? undefined, offset: intParam(p.get('offset'), 0), limit: PAGE };
  for (const field of FIELDS) query[field] = p.get(field) ?? undefined;
  const loaded = useApi((signal) => getJson<Paged<StoredClaim>>('/api/claims', query, signal), JSON.stringify(query));
  const data = loaded.data;
  const set = (changes: Record<string, string | null>) => updateParams({ ...changes, offset: null });
  const exportRows = (format: 'csv' | 'json') => {
    if (!data) return;
    if (format === 'json') download('claims.json', 'application/json', JSON.stringify(data.items, null, 2));
    else download('claims.csv', 'text/csv', [CSV_COLUMNS.map(([name]) => name).join(','), ...data.items.map((claim) => CSV_COLUMNS.map(([, value]) => csvCell(value(claim))).join(','))].join('\r\n'));
  };
  return (
    <div>
      <h1>Claims</h1>
      <KindChips selected={asKind(p.get('attribution'))} onChange={(kind) => set({ attribution: kind })} />
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          set(Object.fromEntries(['source', 'outlet', 'from', 'to', 'minCheckworthiness'].map((name) => [name, String(form.get(name) ?? '') || null])));
        }}
      >
        <label>
          Type{' '}
          <select aria-label="claim type" value={p.get('type') ?? ''} onChange={(event) => set({ type: event.target.value || null })}>
            <option value="">any</option>
            <option>factual</option>
            <option>opinion</option>
            <option>prescriptive</option>
          </select>
        </label>
        <label>
          Hedged{' '}
          <select aria-label="hedged" value={p.get('hedged') ?? ''} onChange={(event) => set({ hedged: event.target.value || null })}>
            <option value="">either</option>
            <option value="true">hedged</option>
            <option value="false">not hedged</option>
          </select>
        </label>
        <label>
          Sort{' '}
          <select aria-label="sort" value={p.get('sort') ?? 'document'} onChange={(event) => set({ sort: event.target.value })}>
            <option value="document">article order</option>
            <option value="checkworthiness">most check-worthy</option>
            <option value="published">newest article</option>
          </select>
        </label>
        <label>
          Source <input name="source" defaultValue={p.get('source') ?? ''} placeholder="words of the name" />
        </label>
        <label>
          Outlet <input name="outlet" defaultValue={p.get('outlet') ?? ''} />
        </label>
        <label>
          From <input name="from" defaultValue={p.get('from') ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        <label>
          To <input name="to" defaultValue={p.get('to') ?? ''} placeholder="YYYY-MM-DD" size={10} />
        </label>
        <label>
          Check-worthiness ≥ <input name="minCheckworthiness" defaultValue={p.get('minCheckworthiness') ?? ''} size={4} placeholder="0.5" />
        </label>
        <button type="submit">Apply</button>
        {p.get('entity') ? (
          <span className="tag">
            entity {p.get('entity')}{' '}
            <button type="button" onClick={() => set({ entity: null })} aria-label="remove the entity filter">
              ×
            </button>
          </span>
        ) : null}
        {p.get('ids') ? (
          <span className="tag">
            chosen claims{' '}
            <button type="button" onClick={() => set({ ids: null })} aria-label="remove the claim filter">
              ×
            </button>
          </span>
        ) : null}
      </form>
      <Status loaded={loaded} what="claims" />
      {data ? (
        <>
          <div className="toolbar">
            <Pager offset={data.offset} limit={PAGE} total={data.total} shown={data.items.length} onOffset={(offset) => updateParams({ offset })} />
            <button type="button" onClick={() => exportRows('csv')}>
              Export these rows (CSV)
            </button>
            <button type="button" onClick={() => exportRows('json')}>
              (JSON)
            </button>
          </div>
          <ClaimsTable claims={data.items} />
        </>
      ) : null}
    </div>
  );
}
