import { useEffect, useMemo, useRef, useState } from 'react';
import { getJson, type Network, type NetworkEdge, type Paged, type StoredClaim } from '../api';
import { csvCell, download, intParam, Pager, Status, useApi } from '../components/common';
import { asKind, KindBadge, KindChips } from '../components/legend';
import { edgeKey, GraphView, isWeak, NODE_COLORS } from '../network/graph-view';
import { href, updateParams, type Route } from '../route';

const TABLE_PAGE = 50;

function EdgeClaims({ edge }: { edge: NetworkEdge }) {
  const ids = edge.claimIds.slice(0, 500).join(',');
  const loaded = useApi((signal) => getJson<Paged<StoredClaim>>('/api/claims', { ids, limit: 500 }, signal), ids);
  return (
    <section className="edge-claims" aria-label="claims behind the edge">
      <h2>
        Claims behind “{edge.negated ? 'NOT ' : ''}
        {edge.predicate}” ({edge.claims})
      </h2>
      <p className="muted">
        {edge.sources} distinct source{edge.sources === 1 ? '' : 's'} · {edge.anonymous} anonymous · {edge.hedged} hedged
      </p>
      <Status loaded={loaded} what="the claims" />
      {loaded.data ? (
        <>
          <p className="muted">
            {loaded.data.items.length} of {edge.claims} claims
          </p>
          <ul className="compact-claims">
            {loaded.data.items.map((claim) => (
              <li key={claim.id} className={`claim-line claim-${claim.attributionKind}`}>
                <a href={href('doc', claim.documentId, { claim: claim.id })}>{claim.text}</a>
                <div className="muted">
                  <KindBadge kind={claim.attributionKind} /> {claim.attributionKind === 'author' ? 'the author' : (claim.source ?? 'unnamed')} · {claim.document.outlet ?? 'unknown outlet'} ·{' '}
                  {claim.document.published?.slice(0, 10) ?? 'date unknown'}
                  {claim.hedged ? ' · hedged' : ''}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The drawing on screen, for "export as SVG". */
let currentView: GraphView | null = null;

function Canvas({ network, selectedNode }: { network: Network; selectedNode: string | null }) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<GraphView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [layoutTime, setLayoutTime] = useState<number | null>(null);
  useEffect(() => {
    if (!container.current) return;
    try {
      view.current = new GraphView(container.current, network, {
        onNode: (id) => updateParams({ node: id, edge: null }, { replace: true }),
        onEdge: (key) => updateParams({ edge: key, node: null }, { replace: true }),
        onStage: () => updateParams({ edge: null, node: null }, { replace: true }),
        onLayout: (milliseconds) => setLayoutTime(milliseconds),
      });
      currentView = view.current;
      window.__networkReady = true;
    } catch (error) {
      setProblem(`The graph cannot be drawn here (${(error as Error).message}); the tables below list the same network.`);
    }
    return () => {
      view.current?.kill();
      if (currentView === view.current) currentView = null;
      view.current = null;
    };
  }, [network]);
  useEffect(() => view.current?.setFocus(selectedNode), [selectedNode, network]);
  return (
    <div>
      {problem ? <p className="error">{problem}</p> : null}
      <div ref={container} className="graph-canvas" aria-label="network drawing (the tables below list the same)" />
      <p className="muted small">{layoutTime === null ? 'Laying out in the background…' : `Layout computed off the main thread in ${Math.round(layoutTime)} ms.`}</p>
    </div>
  );
}

declare global {
  interface Window {
    __networkReady?: boolean;
  }
}

export function NetworkPage({ route }: { route: Route }) {
  const p = route.params;
  const focus = p.get('focus') ?? undefined;
  const query = { entity: focus, attribution: asKind(p.get('attribution')) ?? undefined, outlet: p.get('outlet') ?? undefined, hedged: p.get('hedged') ?? undefined, maxEdges: p.get('max') ?? 400 };
  const loaded = useApi((signal) => getJson<Network>('/api/network', query, signal), JSON.stringify(query));
  const data = loaded.data;
  const selectedNode = p.get('node');
  const selectedEdge = p.get('edge');
  const names = new Map((data?.nodes ?? []).map((node) => [node.id, node.name]));
  const edge = data?.edges.find((each) => edgeKey(each) === selectedEdge) ?? null;
  const focusIds = focus ? focus.split(',') : [];
  // The tables are paged like every list: the heaviest edges and most mentioned entities first.
  const edgeOffset = intParam(p.get('edgesFrom'), 0);
  const nodeOffset = intParam(p.get('nodesFrom'), 0);
  const edgeRows = useMemo(() => [...(data?.edges ?? [])].sort((a, b) => b.claims - a.claims), [data]).slice(edgeOffset, edgeOffset + TABLE_PAGE);
  const nodeRows = useMemo(() => [...(data?.nodes ?? [])].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)), [data]);
  const expand = (id: string) => updateParams({ focus: [...new Set([...focusIds, id])].join(','), node: id });
  const exportView = (format: 'json' | 'csv') => {
    if (!data) return;
    if (format === 'json') download('network.json', 'application/json', JSON.stringify(data, null, 2));
    else
      download(
        'network-edges.csv',
        'text/csv',
        [
          ['subject', 'predicate', 'negated', 'object', 'claims', 'sources', 'hedged', 'anonymous'].join(','),
          ...data.edges.map((each) => [names.get(each.source), each.predicate, each.negated, names.get(each.target), each.claims, each.sources, each.hedged, each.anonymous].map(csvCell).join(',')),
        ].join('\r\n'),
      );
  };
  return (
    <div className="network-page">
      <h1>Network</h1>
      <KindChips selected={asKind(p.get('attribution'))} onChange={(kind) => updateParams({ attribution: kind })} />
      <div className="filters">
        <label>
          Hedged{' '}
          <select value={p.get('hedged') ?? ''} onChange={(event) => updateParams({ hedged: event.target.value || null })}>
            <option value="">either</option>
            <option value="true">hedged only</option>
            <option value="false">not hedged</option>
          </select>
        </label>
        <label>
          Outlet{' '}
          <input
            defaultValue={p.get('outlet') ?? ''}
            onKeyDown={(event) => event.key === 'Enter' && updateParams({ outlet: (event.target as HTMLInputElement).value })}
            placeholder="exact name, Enter"
          />
        </label>
        {focus ? (
          <span className="tag">
            neighbourhood of {focusIds.map((id) => names.get(id) ?? id).join(', ')}{' '}
            <button type="button" onClick={() => updateParams({ focus: null, node: null, edge: null })}>
              whole network
            </button>
          </span>
        ) : null}
        <button type="button" onClick={() => exportView('json')}>
          Export this view (JSON)
        </button>
        <button type="button" onClick={() => exportView('csv')}>
          (CSV)
        </button>
        <button type="button" onClick={() => currentView && download('network.svg', 'image/svg+xml', currentView.toSvg())}>
          (SVG drawing)
        </button>
      </div>
      <p className="legend">
        Nodes:{' '}
        {Object.entries(NODE_COLORS).map(([type, color]) => (
          <span key={type} className="legend-item">
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="5" fill={color} />
            </svg>{' '}
            {type}
          </span>
        ))}
      </p>
      <p className="legend">Edges: colour by predicate; faint and thin when most of their claims are anonymous or hedged; grey “NOT” when denied.</p>
      <Status loaded={loaded} what="the network" />
      {data ? (
        <>
          <p className="muted">
            {data.edges.length} of {data.totalEdges} edges and {data.nodes.length} of {data.totalNodes} entities drawn
            {data.edges.length < data.totalEdges ? ' (the heaviest; focus on an entity to see its neighbourhood)' : ''}.
          </p>
          <div className="network-layout">
            <Canvas network={data} selectedNode={selectedNode} />
            <aside className="network-side">
              {selectedNode ? (
                <section aria-label="selected entity">
                  <h2>{names.get(selectedNode) ?? selectedNode}</h2>
                  <p>
                    <a href={href('entity', selectedNode)}>Open the entity page</a>
                  </p>
                  <button type="button" onClick={() => expand(selectedNode)}>
                    Expand one hop from here
                  </button>
                </section>
              ) : edge ? (
                <EdgeClaims edge={edge} />
              ) : (
                <p className="muted">Click a node to focus it, an edge to see the claims behind it.</p>
              )}
            </aside>
          </div>
          <h2>Edges as a table</h2>
          <Pager offset={edgeOffset} limit={TABLE_PAGE} total={data.edges.length} shown={edgeRows.length} onOffset={(offset) => updateParams({ edgesFrom: offset || null }, { replace: true })} />
          <table className="table">
            <thead>
              <tr>
                <th>Subject</th>
                <th>Relation</th>
                <th>Object</th>
                <th>Claims</th>
                <th>Sources</th>
                <th>Anonymous</th>
                <th>Hedged</th>
              </tr>
            </thead>
            <tbody>
              {edgeRows.map((each) => (
                <tr key={edgeKey(each)} className={isWeak(each) ? 'weak' : ''}>
                  <td>
                    <a href={href('entity', each.source)}>{names.get(each.source) ?? each.source}</a>
                  </td>
                  <td>
                    <button type="button" className="linklike" onClick={() => updateParams({ edge: edgeKey(each), node: null }, { replace: true })}>
                      {each.negated ? 'NOT ' : ''}
                      {each.predicate}
                    </button>
                  </td>
                  <td>
                    <a href={href('entity', each.target)}>{names.get(each.target) ?? each.target}</a>
                  </td>
                  <td className="num">{each.claims}</td>
                  <td className="num">{each.sources}</td>
                  <td className="num">{each.anonymous}</td>
                  <td className="num">{each.hedged}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Entities as a table</h2>
          <Pager
            offset={nodeOffset}
            limit={TABLE_PAGE}
            total={nodeRows.length}
            shown={Math.min(TABLE_PAGE, nodeRows.length - nodeOffset)}
            onOffset={(offset) => updateParams({ nodesFrom: offset || null }, { replace: true })}
          />
          <ul className="entity-list">
            {nodeRows.slice(nodeOffset, nodeOffset + TABLE_PAGE).map((node) => (
              <li key={node.id}>
                <a href={href('entity', node.id)}>{node.name}</a>{' '}
                <span className="muted">
                  ({node.type}, {node.mentions} mentions)
                </span>{' '}
                <button type="button" onClick={() => expand(node.id)}>
                  expand
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
