import type { Network } from '../network.js';
import { xmlEscape } from './xml.js';

const rgb = (hex: string) => {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
};

/** GEXF 1.3 for Gephi, with each relation type's colour and thickness by number of claims. */
export function toGexf(network: Network): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>claimgraph</creator><description>Entities and the relations claims assert between them; edges are assertions, not facts.</description></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="predicate" title="predicate" type="string"/>',
    '      <attribute id="negated" title="negated" type="boolean"/>',
    '      <attribute id="claims" title="claims" type="integer"/>',
    '      <attribute id="sources" title="sources" type="integer"/>',
    '      <attribute id="hedged" title="hedged" type="integer"/>',
    '      <attribute id="anonymous" title="anonymous" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of network.nodes) {
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.name)}">`);
    lines.push(`        <attvalues><attvalue for="type" value="${xmlEscape(node.type)}"/><attvalue for="mentions" value="${node.mentions}"/></attvalues>`);
    lines.push(`        <viz:size value="${Math.max(1, Math.sqrt(node.mentions)).toFixed(2)}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of network.edges) {
    const { r, g, b } = rgb(edge.color);
    const label = `${edge.negated ? 'not ' : ''}${edge.predicate}`;
    lines.push(
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" type="${edge.directed ? 'directed' : 'undirected'}" weight="${edge.claims}" label="${xmlEscape(label)}">`,
    );
    lines.push(
      `        <attvalues><attvalue for="predicate" value="${xmlEscape(edge.predicate)}"/><attvalue for="negated" value="${edge.negated}"/><attvalue for="claims" value="${edge.claims}"/><attvalue for="sources" value="${edge.sources}"/><attvalue for="hedged" value="${edge.hedged}"/><attvalue for="anonymous" value="${edge.anonymous}"/></attvalues>`,
    );
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push(`        <viz:thickness value="${edge.claims}"/>`);
    lines.push(`        <viz:shape value="${edge.style === 'solid' ? 'solid' : edge.style === 'dotted' ? 'dotted' : 'dashed'}"/>`);
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
