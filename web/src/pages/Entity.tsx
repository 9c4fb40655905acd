import { getJson, type EntityPage as EntityData } from '../api';
import { Status, useApi } from '../components/common';
import { KIND_STYLE, KindBadge, KINDS } from '../components/legend';
import { href, type Route } from '../route';
import { TimelineChart } from './Timeline';

export function EntityPage({ route }: { route: Route }) {
  const id = route.arg ?? '';
  const loaded = useApi((signal) => getJson<EntityData>(`/api/entities/${encodeURIComponent(id)}`, {}, signal), id);
  const data = loaded.data;
  if (!data) return <Status loaded={loaded} what="the entity" />;
  const [main] = data.entities;
  const mentions = data.entities.reduce((sum, entity) => sum + entity.mentions, 0);
  const shown = KINDS.reduce((sum, kind) => sum + data.claims[kind].length, 0);
  const ids = data.entities.map((entity) => entity.id).join(',');
  return (
    <div className="entity-page">
      <h1>{main.name}</h1>
      <p className="doc-meta">
        {data.types.join(' / ')} · {mentions} mentions in {data.documents.length} articles · <a href={href('network', null, { focus: ids })}>its network</a> ·{' '}
        <a href={href('claims', null, { entity: ids })}>its claims in the table</a> · <a href={href('timeline', null, { entity: ids })}>its timeline</a>
      </p>
      {data.aliases.length > 1 ? <p>Also written: {data.aliases.filter((alias) => alias !== main.name).join(', ')}</p> : null}
      <div className="columns">
        <section>
          <h2>Claims about it, by who asserts them</h2>
          <p className="muted">
            {shown} of {data.claimTotal} claims shown
          </p>
          {KINDS.map((kind) => (
            <section key={kind} className={`claim-group group-${kind}`}>
              <h3>
                <KindBadge kind={kind} /> {KIND_STYLE[kind].label} ({data.claims[kind].length})
              </h3>
              <ul>
                {data.claims[kind].map((claim) => (
                  <li key={claim.id} className={`claim-line claim-${kind}`}>
                    <a href={href('doc', claim.documentId, { claim: claim.id })}>{claim.text}</a>
                    <div className="muted">
                      {claim.source ?? (kind === 'author' ? 'the author' : 'unnamed')} · {claim.document.outlet ?? 'unknown outlet'} · {claim.document.published?.slice(0, 10) ?? 'date unknown'}
                      {claim.hedged ? ' · hedged' : ''}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
        <section>
          <h2>Articles ({data.documents.length})</h2>
          <ul>
            {data.documents.map((document) => (
              <li key={document.id}>
                <a href={href('doc', document.id, { entity: ids })}>{document.title ?? document.source}</a>{' '}
                <span className="muted">
                  · {document.outlet ?? 'unknown outlet'} · ×{document.mentions}
                </span>
              </li>
            ))}
          </ul>
          <h2>Relations ({data.relations.length})</h2>
          {data.relations.length === 0 ? (
            <p className="muted">No claim relates it to another actor.</p>
          ) : (
            <ul>
              {data.relations.map((relation) => (
                <li key={relation.id}>
                  {relation.negated ? <strong>NOT </strong> : null}
                  <a href={href('entity', relation.subject)}>{relation.subjectName}</a> <em>{relation.predicate}</em> <a href={href('entity', relation.object)}>{relation.objectName}</a>{' '}
                  <a className="muted" href={href('doc', relation.documentId, { claim: relation.claimId })}>
                    (evidence)
                  </a>
                  <div className="muted">
                    <KindBadge kind={relation.attributionKind} /> {relation.source ?? ''} {relation.hedged ? '· hedged' : ''} · {relation.outlet ?? ''}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <h2>Timeline ({data.timeline.length})</h2>
          <TimelineChart entries={data.timeline} compact />
        </section>
      </div>
    </div>
  );
}
