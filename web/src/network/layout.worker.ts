// ForceAtlas2 off the main thread: the page stays responsive while thousands of nodes are placed.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  nodes: Array<{ id: string; x: number; y: number; size: number }>;
  edges: Array<{ source: string; target: string; weight: number }>;
  iterations: number;
}

export interface LayoutResponse {
  positions: Record<string, { x: number; y: number }>;
  milliseconds: number;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const graph = new Graph({ multi: true, type: 'mixed' });
  for (const node of event.data.nodes) graph.addNode(node.id, { x: node.x, y: node.y, size: node.size });
  for (const edge of event.data.edges) if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400 };
  const positions = forceAtlas2(graph, { iterations: event.data.iterations, settings, getEdgeWeight: 'weight' });
  const response: LayoutResponse = { positions, milliseconds: performance.now() - started };
  (self as unknown as Worker).postMessage(response);
};
