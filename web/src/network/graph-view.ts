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

  /** The drawing as a standalone SVG file; every name is XML-escaped, since names come from articles. */
  toSvg(): string {
    const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
    const xs = this.graph.mapNodes((_id, attributes) => attributes.x as number);
    const ys = this.graph.mapNodes((_id, attributes) => attributes.y as number);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const width = 1200;
    const height = 900;
    const margin = 80;
    const scale = Math.min((width - 2 * margin) / Math.max(1e-9, maxX - minX), (height - 2 * margin) / Math.max(1e-9, maxY - minY));
    const at = (attributes: { x: number; y: number }) => [margin + (attributes.x - minX) * scale, height - margin - (attributes.y - minY) * scale].map((value) => value.toFixed(1));
    const lines = this.graph.mapEdges((_key, attributes, _source, _target, sourceAttributes, targetAttributes) => {
      const [x1, y1] = at(sourceAttributes as { x: number; y: number });
      const [x2, y2] = at(targetAttributes as { x: number; y: number });
      return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${escape(String(attributes.color))}" stroke-width="${Number(attributes.size).toFixed(1)}"><title>${escape(String(attributes.label))}</title></line>`;
    });
    const circles = this.graph.mapNodes((_id, attributes) => {
      const [x, y] = at(attributes as { x: number; y: number });
      return `<circle cx="${x}" cy="${y}" r="${Number(attributes.size).toFixed(1)}" fill="${escape(String(attributes.color))}"/><text x="${x}" y="${y}" dx="8" font-size="11" font-family="sans-serif">${escape(String(attributes.label))}</text>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${lines.join('')}${circles.join('')}</svg>\n`;
  }

  kill() {
    this.worker?.terminate();
    this.sigma?.kill();
  }
}
