import { StrictMode, useEffect, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { getJson } from './api';
import { ClaimsPage } from './pages/Claims';
import { EntityPage } from './pages/Entity';
import { LibraryPage } from './pages/Library';
import { LinksPage } from './pages/Links';
import { NetworkPage } from './pages/Network';
import { ReaderPage } from './pages/Reader';
import { SearchPage } from './pages/Search';
import { TimelinePage } from './pages/Timeline';
import { href, useRoute, type Route } from './route';
import './style.css';

const PAGES: Record<string, { title: string; nav?: boolean; render: (route: Route) => ReactElement }> = {
  library: { title: 'Library', nav: true, render: (route) => <LibraryPage route={route} /> },
  claims: { title: 'Claims', nav: true, render: (route) => <ClaimsPage route={route} /> },
  network: { title: 'Network', nav: true, render: (route) => <NetworkPage route={route} /> },
  timeline: { title: 'Timeline', nav: true, render: (route) => <TimelinePage route={route} /> },
  links: { title: 'Corroborations & contradictions', nav: true, render: (route) => <LinksPage route={route} /> },
  doc: { title: 'Article', render: (route) => <ReaderPage route={route} /> },
  entity: { title: 'Entity', render: (route) => <EntityPage route={route} /> },
  search: { title: 'Search', render: (route) => <SearchPage route={route} /> },
};

function SearchBox({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);
  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) window.location.hash = href('search', null, { q: value.trim() });
      }}
    >
      <input type="search" aria-label="search claims and articles" placeholder="Search claims and articles" value={value} onChange={(event) => setValue(event.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}

function Counts() {
  const [text, setText] = useState('');
  useEffect(() => {
    getJson<{ counts: Record<string, number> }>('/api/overview').then(
      ({ counts }) => setText(`${counts.documents} articles · ${counts.claims} claims · ${counts.entities} entities · ${counts.links} links`),
      () => setText(''),
    );
  }, []);
  return <span className="counts muted">{text}</span>;
}

function App() {
  const route = useRoute();
  const page = PAGES[route.page] ?? PAGES.library;
  useEffect(() => {
    document.title = `${page.title} · claimgraph`;
  }, [page]);
  return (
    <>
      <header className="top">
        <a className="brand" href={href('library')}>
          claimgraph
        </a>
        <nav aria-label="pages">
          {Object.entries(PAGES)
            .filter(([, each]) => each.nav)
            .map(([name, each]) => (
              <a key={name} href={href(name)} aria-current={route.page === name ? 'page' : undefined}>
                {each.title}
              </a>
            ))}
        </nav>
        <SearchBox initial={route.page === 'search' ? (route.params.get('q') ?? '') : ''} />
        <Counts />
      </header>
      <main>{page.render(route)}</main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
