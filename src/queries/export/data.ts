import type { Document } from '../../core/document.js';
import type { Store, StoredClaim, StoredDocument, StoredEntity, StoredLink } from '../../store/index.js';
import { network, type Network } from '../network.js';

/** Everything an export writes, read from the store once. */
export interface ExportData {
  documents: Array<StoredDocument & { model: Document }>;
  entities: StoredEntity[];
  claims: StoredClaim[];
  network: Network;
  links: StoredLink[];
}

export async function exportData(store: Store): Promise<ExportData> {
  const documents = [];
  for (const document of await store.documents()) {
    const model = await store.loadDocument(document.id);
    if (model) documents.push({ ...document, model });
  }
  return {
    documents,
    entities: await store.allEntities(),
    claims: await store.claims({ limit: Number.MAX_SAFE_INTEGER }),
    network: await network(store),
    links: await store.links({ limit: Number.MAX_SAFE_INTEGER }),
  };
}
