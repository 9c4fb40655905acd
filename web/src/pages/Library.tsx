import { useState } from 'react';
import { getJson, postIngest, type IngestResult, type Library } from '../api';
import { intParam, Pager, percent, Status, useApi } from '../components/common';
import { href, updateParams, type Route } from '../route';

const COLUMNS: Array<{ key: string; label: string; sort?: string }> = [
  { key: 'title', label: 'Article', sort: 'title' },
  { key: 'outlet', label: 'Outlet', sort: 'outlet' },
  { key: 'genre', label: 'Genre' },
  { key: 'published', label: 'Date', sort: 'published' },
  { key: 'authors', label: 'Authors' },
  { key: 'claims', label: 'Claims', sort: 'claims' },
  { key: 'anonymous', label: 'Anonymous' },
  { key: 'hedged', label: 'Hedged' },
  { key: 'opinion', label: 'Opinion' },
];

interface Job {
  name: string;
  state: 'uploading' | 'analysing' | 'done' | 'failed';
  progress: number;
  result?: IngestResult;
  message?: string;
}

function AddArticles({ onAdded }: { onAdded: () => void }) {
  const [jobs, setJobs] = useState<Job[]>([]);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const update = (index: number, change: Partial<Job>) => setJobs((all) => all.map((job, at) => (at === index ? { ...job, ...change } : job)));

  async function run(items: Array<{ name: string; body: FormData | string }>) {
    const first = jobs.length;
    setJobs((all) => [...all, ...items.map((item) => ({ name: item.name, state: 'uploading' as const, progress: 0 }))]);
    // One request per file, in turn: each shows its own progress and its own result.
    for (const [offset, item] of items.entries()) {
      const index = first + offset;
      try {
        const { results } = await postIngest(item.body, (fraction) => update(index, { progress: fraction, state: fraction >= 1 ? 'analysing' : 'uploading' }));
        const [result] = results;
        update(index, { state: result.ok ? 'done' : 'failed', progress: 1, result, message: result.error?.message });
      } catch (error) {
        update(index, { state: 'failed', message: (error as Error).message });
      }
      onAdded();
    }
  }

  return (
    <details className="add-articles">
      <summary>Add articles (upload HTML or text files, or paste text)</summary>
      <div className="add-grid">
        <label className="upload">
          Files (.html, .htm, .txt, .md)
          <input
            type="file"
            multiple
            accept=".html,.htm,.txt,.md,text/html,text/plain"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void run(
                files.map((file) => {
                  const form = new FormData();
                  form.append('file', file, file.name);
                  return { name: file.name, body: form };
                }),
              );
            }}
          />
        </label>
        <form
          className="paste"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            const label = name.trim() || 'pasted.txt';
            void run([{ name: label, body: JSON.stringify({ text, name: label }) }]);
            setText('');
          }}
        >
          <label>
            Name <input value={name} onChange={(event) => setName(event.target.value)} placeholder="pasted.txt" />
          </label>
          <label>
            Text
            <textarea value={text} onChange={(event) => setText(event.target.value)} rows={5} placeholder="Paste an article as plain text: title, byline, body…" />
          </label>
          <button type="submit">Analyse pasted text</button>
        </form>
      </div>
      {jobs.length > 0 ? (
        <ul className="jobs" aria-live="polite">
          {jobs.map((job, index) => (
            <li key={index} className={`job job-${job.state}`}>
              <progress max={1} value={job.state === 'analysing' ? undefined : job.progress} /> {job.name}: {job.state}
              {job.result?.ok && job.result.documentId ? (
                <>
                  {' '}
                  ({job.result.status}, {job.result.claims} claims, {job.result.links} links) <a href={href('doc', job.result.documentId)}>read it</a>
                </>
              ) : null}
              {job.message ? <span className="error"> {job.message}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

export function LibraryPage({ route }: { route: Route }) {
  const p = route.params;
  const query = {
    outlet: p.get('outlet'),
    genre: p.get('genre'),
    q: p.get('q'),
    sort: p.get('sort') ?? 'ingested',
    desc: p.get('desc') === 'true' ? 'true' : undefined,
    offset: intParam(p.get('offset'), 0),
    limit: 50,
  };
  const loaded = useApi((signal) => getJson<Library>('/api/documents', query, signal), JSON.stringify(query));
  const data = loaded.data;
  return (
    <div>
      <h1>Library</h1>
      <AddArticles onAdded={loaded.reload} />
      <div className="filters">
        <label>
          Outlet{' '}
          <select value={query.outlet ?? ''} onChange={(event) => updateParams({ outlet: event.target.value, offset: null })}>
            <option value="">all</option>
            {(data?.outlets ?? []).map((outlet) => (
              <option key={outlet}>{outlet}</option>
            ))}
          </select>
        </label>
        <label>
          Genre{' '}
          <select value={query.genre ?? ''} onChange={(event) => updateParams({ genre: event.target.value, offset: null })}>
            <option value="">all</option>
            {(data?.genres ?? []).map((genre) => (
              <option key={genre}>{genre}</option>
            ))}
          </select>
        </label>
        <label>
          Title, author, outlet{' '}
          <input
            defaultValue={query.q ?? ''}
            onKeyDown={(event) => event.key === 'Enter' && updateParams({ q: (event.target as HTMLInputElement).value, offset: null })}
            placeholder="filter, then Enter"
          />
        </label>
      </div>
      <Status loaded={loaded} what="the library" />
      {data ? (
        <>
          <Pager offset={data.offset} limit={query.limit} total={data.total} shown={data.items.length} onOffset={(offset) => updateParams({ offset })} />
          <table className="table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column.key} aria-sort={query.sort === column.sort ? (query.desc ? 'descending' : 'ascending') : undefined}>
                    {column.sort ? (
                      <button type="button" className="sort" onClick={() => updateParams({ sort: column.sort, desc: query.sort === column.sort && !query.desc ? 'true' : null, offset: null })}>
                        {column.label} {query.sort === column.sort ? (query.desc ? '▼' : '▲') : ''}
                      </button>
                    ) : (
                      column.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.items.map((row) => (
                <tr key={row.id}>
                  <td>
                    <a href={href('doc', row.id)}>{row.title ?? row.source}</a>
                  </td>
                  <td>{row.outlet ?? <span className="muted">unknown</span>}</td>
                  <td>{row.genre}</td>
                  <td>{row.published?.slice(0, 10) ?? <span className="muted">–</span>}</td>
                  <td>{row.authors.join(', ')}</td>
                  <td className="num">{row.stats.claims}</td>
                  <td className="num">{percent(row.stats.anonymous, row.stats.claims)}</td>
                  <td className="num">{percent(row.stats.hedged, row.stats.claims)}</td>
                  <td className="num">{percent(row.stats.opinion, row.stats.claims)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
