import type { Analysis } from '../src/core/analysis.js';

/** A copy of an analysis as if another outlet had published the same article: new ids, same text. */
export function replicate(analysis: Analysis, copy: number): Analysis {
  if (copy === 0) return analysis;
  const suffix = `_r${copy}`;
  const claimId = (id: string) => `${id}${suffix}`;
  return {
    ...analysis,
    document: { ...analysis.document, id: `${analysis.document.id}${suffix}`, meta: { ...analysis.document.meta, outlet: `Outlet ${copy % 40}` } },
    claims: analysis.claims.map((claim) => ({ ...claim, id: claimId(claim.id) })),
    relations: analysis.relations.map((relation) => ({ ...relation, id: `${relation.id}${suffix}`, claim: claimId(relation.claim) })),
  };
}
