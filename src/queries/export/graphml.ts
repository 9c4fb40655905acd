import type { Network } from '../network.js';
import { xmlEscape } from './xml.js';

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['mentions', 'int'],
] as const;
const EDGE_KEYS = [
  ['label', 'string'],
  ['predicate', 'string'],
  ['negated', 'boolean'],
  ['weight', 'double'],
  ['claims', 'int'],
  ['sources', 'int'],
  ['hedged', 'int'],
  ['anonymous', 'int'],
  ['color', 'string'],
  ['style', 'string'],
] as const;

/**
 * GraphML for Gephi, yEd and Cytoscape: entities as nodes, relations as edges weighted by the number
 * of claims asserting them, with how many are hedged or anonymous so a heavy edge is not mistaken for a fact.
 */
export function toGraphml(network: Network): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  for (const [name, type] of EDGE_KEYS) lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  lines.push('  <graph id="claimgraph" edgedefault="directed">');
  for (const node of network.nodes) {
    lines.push(`    <node id="${xmlEscape(node.id)}">`);
    lines.push(`      <data key="n_label">${xmlEscape(node.name)}</data>`);
    lines.push(`      <data key="n_type">${xmlEscape(node.type)}</data>`);
    lines.push(`      <data key="n_mentions">${node.mentions}</data>`);
    lines.push('    </node>');
  }
  for (const edge of network.edges) {
    lines.push(`    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" directed="${edge.directed}">`);
    const values: Record<string, string | number | boolean> = {
      label: `${edge.negated ? 'not ' : ''}${edge.predicate}`,
      predicate: edge.predicate,
      negated: edge.negated,
      weight: edge.claims,
      claims: edge.claims,
      sources: edge.sources,
      hedged: edge.hedged,
      anonymous: edge.anonymous,
      color: edge.color,
      style: edge.style,
    };
    for (const [name] of EDGE_KEYS) lines.push(`      <data key="e_${name}">${xmlEscape(String(values[name]))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
