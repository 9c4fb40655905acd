import { getJson, type ClaimDetail, type ContractAttribution, type StoredClaim } from '../api';
import { href } from '../route';
import { Status, useApi } from './common';
import { KindBadge, type Kind } from './legend';

/** The chain a claim rests on, outermost first: who said that someone said it. */
function levels(attribution: ContractAttribution): ContractAttribution[] {
  return attribution.chain.length > 0 ? attribution.chain : [attribution];
}

export function SourceChain({ claim, entityNames }: { claim: StoredClaim; entityNames: Map<string, string> }) {
  const attribution = claim.claim.attribution;
  const published = claim.document.published;
  return (
    <ol className="source-chain" aria-label="source chain">
      <li>
        <span className="step-label">quote</span> <q>{claim.text}</q>
      </li>
      {levels(attribution).map((level, index) => (
        <li key={index}>
          <span className="step-label">{index === 0 ? 'speaker' : 'on the word of'}</span> <KindBadge kind={level.kind as Kind} />{' '}
          {level.kind === 'author' ? (
            <span>the author, in their own voice</span>
          ) : level.entity ? (
            <a href={href('entity', level.entity)}>{level.source ?? entityNames.get(level.entity) ?? 'source'}</a>
          ) : (
            <span>{level.source ?? 'unnamed source'}</span>
          )}
          {level.pronoun ? <span className="muted"> (written “{level.pronoun}”)</span> : null}
          {level.cue ? <span className="muted"> · cue “{level.cue}”</span> : null}
        </li>
      ))}
      <li>
        <span className="step-label">article</span> <a href={href('doc', claim.documentId, { claim: claim.id })}>{claim.document.title ?? claim.document.source}</a>
      </li>
      <li>
        <span className="step-label">outlet</span>{' '}
        {claim.document.outlet ? <a href={href('library', null, { outlet: claim.document.outlet })}>{claim.document.outlet}</a> : <span className="muted">unknown outlet</span>}
      </li>
      <li>
        <span className="step-label">date</span>{' '}
        {published ? <a href={href('claims', null, { from: published.slice(0, 10), to: published.slice(0, 10) })}>{published.slice(0, 10)}</a> : <span className="muted">date unknown</span>}
      </li>
    </ol>
  );
}

/** Everything about one claim: chain, hedges, numbers, dates, check-worthiness, relations, links. */
export function ClaimPanel({ claimId, onClose }: { claimId: string; onClose?: () => void }) {
  const loaded = useApi((signal) => getJson<ClaimDetail>(`/api/claims/${encodeURIComponent(claimId)}`, {}, signal), claimId);
  const detail = loaded.data;
  if (!detail) return <Status loaded={loaded} what="the claim" />;
  const { claim } = detail;
  const names = new Map(detail.entities.map((entity) => [entity.id, entity.name]));
  const data = claim.claim;
  return (
    <section className="claim-panel" aria-label="selected claim" tabIndex={-1} id="claim-card">
      <header className="panel-head">
        <h2>
          <KindBadge kind={claim.attributionKind} /> {claim.type} claim
        </h2>
        {onClose ? (
          <button type="button" onClick={onClose} aria-label="close the claim panel">
            ×
          </button>
        ) : null}
      </header>
      <h3>Source chain</h3>
      <SourceChain claim={claim} entityNames={names} />
      <dl className="facts">
        <dt>check-worthiness</dt>
        <dd>
          <meter min={0} max={1} value={claim.checkworthiness} /> {claim.checkworthiness.toFixed(2)}
        </dd>
        <dt>type cues</dt>
        <dd>
          {data.typeCues.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            data.typeCues.map((cue, index) => (
              <span key={index} className="tag">
                {cue.cue} ({cue.kind})
              </span>
            ))
          )}
        </dd>
        <dt>hedges</dt>
        <dd>
          {data.hedges.length === 0 ? (
            <span className="muted">none: stated firmly</span>
          ) : (
            data.hedges.map((hedge, index) => (
              <span key={index} className="tag hedge">
                {hedge.cue} ({hedge.kind})
              </span>
            ))
          )}
        </dd>
        <dt>numbers</dt>
        <dd>
          {data.quantities.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            data.quantities.map((quantity, index) => (
              <span key={index} className="tag number">
                {quantity.text}
                {quantity.unit ? ` · ${quantity.unit}` : ''} · {quantity.qualifier}
              </span>
            ))
          )}
        </dd>
        <dt>dates</dt>
        <dd>
          {data.times.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            data.times.map((time, index) => (
              <span key={index} className="tag date">
                {time.text} → {time.value ?? '?'}
              </span>
            ))
          )}
        </dd>
        <dt>entities</dt>
        <dd>
          {detail.entities.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            detail.entities.map((entity) => (
              <a key={entity.id} className="tag entity" href={href('entity', entity.id)}>
                {entity.name} <span className="muted">({entity.type})</span>
              </a>
            ))
          )}
        </dd>
      </dl>
      <h3>Relations ({detail.relations.length})</h3>
      {detail.relations.length === 0 ? (
        <p className="muted">This claim asserts no relation between actors.</p>
      ) : (
        <ul>
          {detail.relations.map((relation) => (
            <li key={relation.id}>
              {relation.negated ? <strong>NOT </strong> : null}
              <a href={href('entity', relation.subject)}>{names.get(relation.subject) ?? relation.subject}</a> <em>{relation.predicate}</em>{' '}
              <a href={href('entity', relation.object)}>{names.get(relation.object) ?? relation.objectText}</a>
              {relation.hedged ? <span className="muted"> · hedged</span> : null}
            </li>
          ))}
        </ul>
      )}
      <h3>Links to other claims ({detail.links.length})</h3>
      {detail.links.length === 0 ? (
        <p className="muted">No stored claim repeats, corroborates or contradicts it.</p>
      ) : (
        <ul className="link-list">
          {detail.links.map((link, index) => (
            <li key={index}>
              <span className={`link-kind link-${link.kind}`}>{link.kind}</span> {link.strength === 'weak' ? <span className="muted">(weak)</span> : null}{' '}
              <a href={href('doc', link.other.documentId, { claim: link.other.id })}>{link.other.text}</a>
              <div className="muted">
                {link.other.document.outlet ?? 'unknown outlet'} · {link.other.document.published?.slice(0, 10) ?? 'date unknown'} · why: {link.reason}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="muted provenance">
        {String((data.provenance as { stage?: string }).stage ?? '')} {String((data.provenance as { version?: string }).version ?? '')} · {String((data.provenance as { rule?: string }).rule ?? '')}
      </p>
    </section>
  );
}
