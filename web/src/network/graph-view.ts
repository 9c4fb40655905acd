import Graph from 'graphology';
import Sigma from 'sigma';
import type { Network, NetworkEdge } from '../api';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

export const NODE_COLORS: Record<string, string> = { person: '#56B4E9', organization: '#E69F00', place: '#009E73', event: '#CC79A7', other: '#999999' };

export const edgeKey = (edge: NetworkEdge) => `${edge.source}|${edge.predicate}|${edge.target}|${edge.negated ? 'not' : ''}`;

/** An edge most of whose claims are anonymous or hedged is drawn fainter and thinner: heavy is not the same as strong. */
export const isWeak = (edge: NetworkEdge) => edge.anonymous + edge.hedged > edge.claims || edge.anonymous * 2 > edge.claims || edge.hedged * 2 > edge.claims;

export interface GraphHandlers {
  onNode(id: string): void;
  onEdge(key: string): void;
  onStage(): void;
  onLayout(milliseconds: number): void;
}

/** Draws a network with sigma; the layout runs in a worker and is applied when it arrives. */
export class GraphView {
  readonly graph = new Graph({ multi: true, type: 'mixed' });
  private sigma: Sigma | null = null;
  private worker: Worker | null = null;
  private focus: string | null = null;

  constructor(container: HTMLElement, network: Network, handlers: GraphHandlers) {
    const count = network.nodes.length;
    network.nodes.forEach((node, index) => {
      // A circle to start with, so something is drawn before the layout arrives.
      const angle = (2 * Math.PI * index) / Math.max(1, count);
      this.graph.addNode(node.id, {
        label: node.name,
        x: Math.cos(angle) * 100,
        y: Math.sin(angle) * 100,
        size: Math.min(18, 4 + Math.sqrt(node.mentions) * 2),
        color: NODE_COLORS[node.type] ?? NODE_COLORS.other,
      });
    });
    for (const edge of network.edges) {
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      const weak = isWeak(edge);
      this.graph.addEdgeWithKey(edgeKey(edge), edge.source, edge.target, {
        label: `${edge.negated ? 'NOT ' : ''}${edge.predicate}`,
        size: Math.min(8, 1 + Math.log2(1 + edge.claims) * (weak ? 0.7 : 1.5)),
        color: edge.negated ? '#9e9e9e' : `${edge.color}${weak ? '55' : 'dd'}`,
        type: edge.directed ? 'arrow' : 'line',
      });
    }
    this.sigma = new Sigma(this.graph, container, {
      enableEdgeEvents: true,
      stagePadding: 60,
      renderEdgeLabels: network.edges.length <= 150,
      defaultEdgeType: 'arrow',
      labelRenderedSizeThreshold: count > 1000 ? 12 : 6,
      nodeReducer: (node, data) => {
        if (!this.focus || node === this.focus || this.graph.areNeighbors(node, this.focus)) return { ...data, highlighted: node === this.focus };
        return { ...data, color: '#d9d9d9', label: '' };
      },
      edgeReducer: (edge, data) => {
        if (!this.focus || this.graph.hasExtremity(edge, this.focus)) return data;
        return { ...data, color: '#eeeeee' };
      },
    });
    this.sigma.on('clickNode', ({ node }) => handlers.onNode(node));
    this.sigma.on('clickEdge', ({ edge }) => handlers.onEdge(edge));
    this.sigma.on('clickStage', () => handlers.onStage());
    this.layout(handlers);
  }

  private layout(handlers: GraphHandlers) {
    this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const positions = event.data.positions;
      // One batch update (one graph event), not one event per node.
      this.graph.updateEachNodeAttributes((id, attributes) => (positions[id] ? { ...attributes, x: positions[id].x, y: positions[id].y } : attributes), { attributes: ['x', 'y'] });
      this.sigma?.refresh();
      handlers.onLayout(event.data.milliseconds);
      this.worker?.terminate();
      this.worker = null;
    };
    const request: LayoutRequest = {
      nodes: this.graph.mapNodes((id, attributes) => ({ id, x: attributes.x, y: attributes.y, size: attributes.size })),
      edges: this.graph.mapEdges((_key, attributes, source, target) => ({ source, target, weight: attributes.size })),
      iterations: this.graph.order > 2000 ? 60 : 150,
    };
    this.worker.postMessage(request);
  }

  /** Fades everything but one node and its neighbours (nothing is hidden). */
  setFocus(node: string | null) {
    this.focus = node && this.graph.hasNode(node) ? node : null;
    this.sigma?.refresh({ skipIndexation: true });
  }

  kill() {
    this.worker?.terminate();
    this.sigma?.kill();
  }
}
