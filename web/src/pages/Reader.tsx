import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { getJson, type ReaderData, type StoredClaim } from '../api';
import { ClaimPanel } from '../components/ClaimPanel';
import { Status, useApi } from '../components/common';
import { asKind, KindBadge, KindChips, Legend } from '../components/legend';
import { href, safeHttpUrl, updateParams, type Route } from '../route';
import { segments, type Mark } from './segments';

function claimMarks(data: ReaderData): Mark[] {
  const marks: Mark[] = [];
  for (const claim of data.claims) {
    for (const hedge of claim.claim.hedges) marks.push({ kind: 'hedge', start: hedge.start, end: hedge.end, title: `hedge: ${hedge.cue} (${hedge.kind})` });
    for (const quantity of claim.claim.quantities)
      marks.push({ kind: 'number', start: quantity.start, end: quantity.end, title: `number: ${quantity.value ?? '?'} ${quantity.unit ?? ''} (${quantity.qualifier})` });
    for (const time of claim.claim.times) marks.push({ kind: 'date', start: time.start, end: time.end, title: `date: ${time.value ?? '?'}` });
  }
  const names = new Map(data.entities.map((entity) => [entity.id, entity]));
  for (const mention of data.mentions) {
    const entity = names.get(mention.entity);
    marks.push({ kind: 'entity', start: mention.start, end: mention.end, id: mention.entity, title: `${entity?.name ?? mention.text} (${entity?.type ?? mention.type})` });
  }
  return marks;
}

/** The text of one claim (or the gap between claims), with its inner marks as nested spans. */
function MarkedText({ text, from, to, marks, focusEntity }: { text: string; from: number; to: number; marks: Mark[]; focusEntity: string | null }) {
  return (
    <>
      {segments(from, to, marks).map((segment) => {
        const focused = segment.marks.find((mark) => mark.kind === 'entity' && mark.id !== undefined && (focusEntity ?? '').split(',').includes(mark.id));
        const classes = [...new Set(segment.marks.map((mark) => `m-${mark.kind}`)), ...(focused ? ['m-focus'] : [])].join(' ');
        const piece = text.slice(segment.start, segment.end);
        if (!classes) return <span key={segment.start}>{piece}</span>;
        const title = segment.marks
          .map((mark) => mark.title)
          .filter(Boolean)
          .join(' · ');
        return (
          <span key={segment.start} id={focused && focused.start === segment.start ? `mention-${segment.start}` : undefined} className={classes} title={title}>
            {piece}
          </span>
        );
      })}
    </>
  );
}

/** The mentions of one entity in this article, with previous / next: every mention lands on its span. */
function MentionStepper({ data, entity }: { data: ReaderData; entity: string }) {
  const ids = entity.split(',');
  const mentions = useMemo(() => data.mentions.filter((mention) => ids.includes(mention.entity)), [data, entity]);
  const [index, setIndex] = useState(0);
  const name = data.entities.find((each) => ids.includes(each.id))?.name ?? entity;
  useEffect(() => {
    const mention = mentions[index];
    if (mention) document.getElementById(`mention-${mention.start}`)?.scrollIntoView({ block: 'center' });
  }, [index, mentions]);
  if (mentions.length === 0) return <p className="muted">{name} is not mentioned in this article.</p>;
  return (
    <p className="stepper">
      <a href={href('entity', ids[0])}>{name}</a>: mention {index + 1} of {mentions.length}{' '}
      <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
        ← previous
      </button>{' '}
      <button type="button" disabled={index + 1 >= mentions.length} onClick={() => setIndex(index + 1)}>
        next →
      </button>{' '}
      <button type="button" onClick={() => updateParams({ entity: null }, { replace: true })} aria-label="stop marking this entity">
        ×
      </button>
    </p>
  );
}

function regionBlocks(data: ReaderData) {
  const { text, regions } = data.document;
  const blocks: Array<{ kind: string; start: number; end: number }> = [];
  let at = 0;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    // Whitespace between regions is already the gap between blocks.
    if (region.start > at && text.slice(at, region.start).trim()) blocks.push({ kind: 'body', start: at, end: region.start });
    blocks.push(region);
    at = Math.max(at, region.end);
  }
  if (at < text.length && text.slice(at).trim()) blocks.push({ kind: 'body', start: at, end: text.length });
  return blocks;
}

function ArticleText({ data, selected, kindFilter, focusEntity }: { data: ReaderData; selected: string | null; kindFilter: string | null; focusEntity: string | null }) {
  const marks = useMemo(() => claimMarks(data), [data]);
  const { text } = data.document;
  const claims = useMemo(() => [...data.claims].sort((a, b) => a.start - b.start), [data]);
  const rendered: ReactNode[] = [];
  for (const block of regionBlocks(data)) {
    const pieces: ReactNode[] = [];
    let at = block.start;
    for (const claim of claims) {
      if (claim.end <= block.start || claim.start >= block.end) continue;
      // Text already drawn (a claim overlapping the one before) is never drawn twice.
      const start = Math.max(claim.start, block.start, at);
      const end = Math.min(claim.end, block.end);
      if (start >= end) continue;
      if (start > at) pieces.push(<MarkedText key={`g${at}`} text={text} from={at} to={start} marks={marks} focusEntity={focusEntity} />);
      const dimmed = kindFilter !== null && claim.attributionKind !== kindFilter;
      pieces.push(
        <span
          key={claim.id}
          id={`claim-${claim.id}`}
          data-claim={claim.id}
          role="button"
          tabIndex={0}
          aria-pressed={selected === claim.id}
          aria-label={`${claim.attributionKind} claim${claim.source ? ` by ${claim.source}` : ''}`}
          className={`claim claim-${claim.attributionKind}${selected === claim.id ? ' claim-selected' : ''}${dimmed ? ' claim-dimmed' : ''}${claim.hedged ? ' claim-hedged' : ''}`}
          onClick={() => updateParams({ claim: claim.id })}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              updateParams({ claim: claim.id });
            }
          }}
        >
          {start === claim.start ? <KindBadge kind={claim.attributionKind} /> : null}
          <MarkedText text={text} from={start} to={end} marks={marks} focusEntity={focusEntity} />
        </span>,
      );
      at = Math.max(at, end);
    }
    if (at < block.end) pieces.push(<MarkedText key={`g${at}`} text={text} from={at} to={block.end} marks={marks} focusEntity={focusEntity} />);
    const Tag = block.kind === 'title' ? 'h1' : 'div';
    rendered.push(
      <Tag key={`${block.kind}${block.start}`} className={`region region-${block.kind}`}>
        {pieces}
      </Tag>,
    );
  }
  return <article className="article-text">{rendered}</article>;
}

/** j / k move through the claims; c jumps to the claim card, h back to its highlight. */
function useClaimKeys(claims: StoredClaim[], selected: string | null) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const index = claims.findIndex((claim) => claim.id === selected);
      if (event.key === 'j' || event.key === 'k') {
        const next = event.key === 'j' ? Math.min(claims.length - 1, index + 1) : Math.max(0, index - 1);
        if (claims[next]) updateParams({ claim: claims[next].id }, { replace: true });
      } else if (event.key === 'c') document.getElementById('claim-card')?.focus();
      else if (event.key === 'h' && selected) document.getElementById(`claim-${selected}`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [claims, selected]);
}

export function ReaderPage({ route }: { route: Route }) {
  const id = route.arg ?? '';
  const loaded = useApi((signal) => getJson<ReaderData>(`/api/documents/${encodeURIComponent(id)}`, {}, signal), id);
  const selected = route.params.get('claim');
  const kindFilter = asKind(route.params.get('kind'));
  const focusEntity = route.params.get('entity');
  const data = loaded.data;
  const claims = useMemo(() => (data ? [...data.claims].sort((a, b) => a.start - b.start) : []), [data]);
  useClaimKeys(claims, selected);
  useEffect(() => {
    if (selected && data) document.getElementById(`claim-${selected}`)?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [selected, data]);
  if (!data) return <Status loaded={loaded} what="the article" />;
  const { document: doc } = data;
  const url = safeHttpUrl(doc.meta.canonicalUrl);
  const counts = { named: 0, anonymous: 0, author: 0 };
  for (const claim of data.claims) counts[claim.attributionKind]++;
  return (
    <div className="reader">
      <div className="reader-main">
        <p className="doc-meta">
          <span className="genre">{doc.meta.genre}</span> · {doc.meta.outlet ?? 'unknown outlet'} · {doc.meta.published?.slice(0, 10) ?? 'date unknown'}
          {doc.meta.authors.length > 0 ? ` · by ${doc.meta.authors.join(', ')}` : ''}
          {doc.meta.section ? ` · ${doc.meta.section}` : ''}
        </p>
        <p className="muted small">
          source: {doc.source}
          {url ? (
            <>
              {' · '}
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                canonical page
              </a>
            </>
          ) : null}{' '}
          · {data.claims.length} claims ({counts.named} named, {counts.anonymous} anonymous, {counts.author} author's voice) · keys: j/k next/previous claim, c card, h highlight
        </p>
        <Legend
          extra={
            <>
              <span className="legend-item">
                <span className="m-entity">entity</span>
              </span>
              <span className="legend-item">
                <span className="m-number">number</span>
              </span>
              <span className="legend-item">
                <span className="m-date">date</span>
              </span>
            </>
          }
        />
        <KindChips selected={kindFilter} onChange={(kind) => updateParams({ kind }, { replace: true })} />
        {focusEntity ? <MentionStepper data={data} entity={focusEntity} /> : null}
        <ArticleText data={data} selected={selected} kindFilter={kindFilter} focusEntity={focusEntity} />
        <details className="removed">
          <summary>Removed from the page ({doc.removed.length})</summary>
          {doc.removed.length === 0 ? (
            <p className="muted">Nothing was removed.</p>
          ) : (
            <ul>
              {doc.removed.map((removed, index) => (
                <li key={index}>
                  <span className="tag">{removed.kind}</span> {removed.text} <span className="muted">({removed.rule})</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      </div>
      <aside className="reader-side">
        {selected ? (
          <ClaimPanel claimId={selected} onClose={() => updateParams({ claim: null })} />
        ) : (
          <section>
            <h2>Claims</h2>
            <p className="muted">Select a highlighted claim (or press j) to see its source chain.</p>
            <h3>Entities ({data.entities.length})</h3>
            <ul className="entity-list">
              {data.entities.map((entity) => (
                <li key={entity.id}>
                  <a href={href('entity', entity.id)}>{entity.name}</a> <span className="muted">({entity.type})</span>{' '}
                  <a className="small" href={href('doc', id, { entity: entity.id })}>
                    mark its mentions
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
