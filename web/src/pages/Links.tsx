import { getJson, type LinkPair, type Paged, type StoredClaim } from '../api';
import { intParam, Pager, Status, useApi } from '../components/common';
import { KindBadge } from '../components/legend';
import { href, updateParams, type Route } from '../route';
import { segments, type Mark } from './segments';

/** A claim's text with its numbers and dates marked: the places two claims usually conflict on. */
function ClaimSide({ claim }: { claim: StoredClaim }) {
  const marks: Mark[] = [
    ...claim.claim.quantities.map((quantity) => ({ kind: 'number' as const, start: quantity.start - claim.start, end: quantity.end - claim.start })),
    ...claim.claim.times.map((time) => ({ kind: 'date' as const, start: time.start - claim.start, end: time.end - claim.start })),
    ...claim.claim.hedges.map((hedge) => ({ kind: 'hedge' as const, start: hedge.start - claim.start, end: hedge.end - claim.start })),
  ];
  return (
    <div className={`pair-side claim-${claim.attributionKind}`}>
      <p>
        {segments(0, claim.text.length, marks).map((segment) => (
          <span key={segment.start} className={segment.marks.map((mark) => `m-${mark.kind}`).join(' ')}>
            {claim.text.slice(segment.start, segment.end)}
          </span>
        ))}
      </p>
      <p className="muted">
        <KindBadge kind={claim.attributionKind} /> {claim.attributionKind === 'author' ? 'the author' : (claim.source ?? 'unnamed source')} ·{' '}
        <a href={href('doc', claim.documentId, { claim: claim.id })}>{claim.document.title ?? claim.document.source}</a> · {claim.document.outlet ?? 'unknown outlet'} ·{' '}
        {claim.document.published?.slice(0, 10) ?? 'date unknown'}
      </p>
    </div>
  );
}

/** Whether two claims rest on different outlets and different sources. */
function independence(a: StoredClaim, b: StoredClaim): string {
  if (a.document.outlet && a.document.outlet === b.document.outlet) return 'same outlet';
  if (a.source && b.source && a.source.toLowerCase() === b.source.toLowerCase()) return 'same named source';
  if (a.attributionKind === 'anonymous' && b.attributionKind === 'anonymous') return 'both anonymous: independence unknown';
  return 'different outlets and sources';
}

export function LinksPage({ route }: { route: Route }) {
  const kind = route.params.get('kind') ?? undefined;
  const offset = intParam(route.params.get('offset'), 0);
  const limit = 25;
  const loaded = useApi((signal) => getJson<Paged<LinkPair>>('/api/links', { kind, offset, limit }, signal), `${kind}|${offset}`);
  const data = loaded.data;
  return (
    <div>
      <h1>Corroborations and contradictions</h1>
      <div className="chips" role="group" aria-label="link kind">
        {[undefined, 'contradicts', 'corroborates', 'repeats'].map((value) => (
          <button
            key={value ?? 'all'}
            type="button"
            className={`chip ${kind === value ? 'chip-on' : ''}`}
            aria-pressed={kind === value}
            onClick={() => updateParams({ kind: value ?? null, offset: null })}
          >
            {value ?? 'all'}
          </button>
        ))}
      </div>
      <Status loaded={loaded} what="links" />
      {data ? (
        <>
          <Pager offset={data.offset} limit={limit} total={data.total} shown={data.items.length} onOffset={(next) => updateParams({ offset: next })} />
          <ol className="pairs">
            {data.items.map((pair, index) => (
              <li key={index} className="pair">
                <div className="pair-why">
                  <span className={`link-kind link-${pair.kind}`}>{pair.kind}</span> {pair.strength === 'weak' ? <span className="tag">weak</span> : null} <span>why: {pair.reason}</span>{' '}
                  <span className="muted">· {independence(pair.left, pair.right)}</span>
                </div>
                <div className="pair-sides">
                  <ClaimSide claim={pair.left} />
                  <ClaimSide claim={pair.right} />
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
