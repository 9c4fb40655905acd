import { readFileSync } from 'node:fs';
import { schemaPath } from '../../model-path.js';

/** How a relation type draws as a graph edge (GraphML, GEXF, the UI's network). */
export interface EdgeStyle {
  directed: boolean;
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
}

export interface RelationType {
  id: string;
  label: string;
  /** Lower-case word forms that signal the relation, matched on word boundaries. */
  forms: string[];
  /** Forms that, after "was/were/been" and before "by X", make X the subject. */
  passive: string[];
  /** Forms that signal the relation only as a passive ("a government led by X"), never actively. */
  passiveOnly: string[];
  /** The entity types each side may have. */
  subjectTypes: string[];
  objectTypes: string[];
  edge: EdgeStyle;
}

export interface RelationVocabulary {
  version: string;
  relations: RelationType[];
}

let vocabulary: RelationVocabulary | null = null;

/** The relation types of schema/relations.json, read once. */
export function relationVocabulary(): RelationVocabulary {
  vocabulary ??= JSON.parse(readFileSync(schemaPath('relations.json'), 'utf8')) as RelationVocabulary;
  return vocabulary;
}

export function relationType(id: string): RelationType | undefined {
  return relationVocabulary().relations.find((type) => type.id === id);
}
