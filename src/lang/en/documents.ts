// English language data shared by stages: kept here as data, so stages read it instead of importing each other.

/** Nouns naming a document or a published text: "the report", "the paper", "the statement". */
export const DOCUMENT_NOUNS = new Set(
  'report reports study studies paper survey statement filing letter memo memorandum analysis review audit assessment investigation inquiry document documents dossier complaint lawsuit indictment ruling judgment judgement verdict resolution bill law order decree communique communiqué release press-release white-paper briefing cable poll index article editorial column'.split(
    ' ',
  ),
);
