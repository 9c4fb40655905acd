import type { Genre } from '../core/document.js';
import { textGenre } from './text-genre.js';

const OPINION = /\b(opinion|op-?eds?|commentary|comment|editorials?|columns?|columnists?|viewpoints?|perspectives?|letters?|ideas)\b/i;
const BLOG = /^(blogs?|guest post)$/i;
const ANALYSIS = /\b(analysis|explainer|insight|fact ?check)\b/i;

/**
 * Decides the genre from what the page says about itself: schema.org type, section labels,
 * the URL path, and an opinion disclaimer. Returns the genre and the evidence used.
 */
export function decideGenre(evidence: {
  articleType?: string | null;
  sections?: string[];
  url?: string | null;
  hasOpinionDisclaimer?: boolean;
  /** A kicker above the headline ("Opinion", "Letters", "Analysis", "Blog"). */
  kicker?: string | null;
  /** The text is a run of signed letters. */
  letters?: boolean;
  /** The text is wire copy ("(Reuters) -"). */
  wire?: boolean;
  /** The headline: "Open letter …", "Letters: …", "Opinion: …" say the genre. */
  title?: string | null;
  /** The article body, whose own signals (reporting verbs, the first person) are the last resort. */
  body?: string | null;
  /** A byline that names the genre ("Analysis by …", "Opinion by …"). */
  byline?: string | null;
}): { genre: Genre; because: string } {
  const type = evidence.articleType ?? '';
  if (/ClaimReview|FactCheck/i.test(type)) return { genre: 'analysis', because: `schema.org type ${type}` };
  if (/Opinion|Review/i.test(type)) return { genre: 'opinion', because: `schema.org type ${type}` };
  if (/Analysis|Background/i.test(type)) return { genre: 'analysis', because: `schema.org type ${type}` };
  for (const section of evidence.sections ?? []) {
    if (OPINION.test(section)) return { genre: 'opinion', because: `section "${section}"` };
    if (ANALYSIS.test(section)) return { genre: 'analysis', because: `section "${section}"` };
  }
  const byline = /^\s*(analysis|opinion|commentary)\s+by\b/i.exec(evidence.byline ?? '');
  if (byline) return { genre: /analysis/i.test(byline[1]) ? 'analysis' : 'opinion', because: `byline "${byline[0].trim()}"` };
  const kicker = evidence.kicker ?? '';
  if (kicker && (OPINION.test(kicker) || BLOG.test(kicker))) return { genre: 'opinion', because: `kicker "${kicker}"` };
  if (kicker && ANALYSIS.test(kicker)) return { genre: 'analysis', because: `kicker "${kicker}"` };
  const title = evidence.title ?? '';
  if (/^(?:an\s+)?open letter\b|^(?:letters?|opinion|op-ed|editorial|comment|column|commentary|viewpoint|perspective)\s*[:|]/i.test(title))
    return { genre: 'opinion', because: `headline "${title.slice(0, 40)}"` };
  // A review says what the writer thinks of a film, a game, a device: "X review: …", "Review: X".
  if (/^review\s*[:|–—-]|\breview\s*[:|–—]|\breview$/i.test(title)) return { genre: 'opinion', because: `headline "${title.slice(0, 40)}"` };
  if (/^(?:analysis|explainer|explained|fact ?check)\s*[:|]|\bexplained$|\bwhat you need to know\b|\bguide to understanding\b/i.test(title))
    return { genre: 'analysis', because: `headline "${title.slice(0, 40)}"` };
  if (/^analysis\s*[:|]/i.test(title)) return { genre: 'analysis', because: `headline "${title.slice(0, 40)}"` };
  if (evidence.hasOpinionDisclaimer) return { genre: 'opinion', because: 'opinion disclaimer' };
  const path = evidence.url ? evidence.url.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '') : '';
  if (/\/(opinion|opinions|op-ed|oped|commentary|editorials?|columns?|columnists?|comment|letters?|letters-to-the-editor|views|viewpoints?|perspectives?|reviews?)(\/|-)/i.test(path)) {
    return { genre: 'opinion', because: `URL path ${path}` };
  }
  // A blog path is opinion unless the site files it as news ("/blogs/briefing-room/news/").
  if (/\/blogs?(\/|-)/i.test(path) && !/\/news\//i.test(path)) return { genre: 'opinion', because: `URL path ${path}` };
  if (/\/(analysis|explainers?|fact-?checks?)\/|\/fact-?check-/i.test(path)) return { genre: 'analysis', because: `URL path ${path}` };
  if (evidence.letters) return { genre: 'opinion', because: 'signed letters' };
  if (/NewsArticle|Reportage/i.test(type)) return { genre: 'news', because: `schema.org type ${type}` };
  if (evidence.wire) return { genre: 'news', because: 'wire copy' };
  if (/\/(?:breaking-)?news\//i.test(path)) return { genre: 'news', because: `URL path ${path}` };
  if ((evidence.sections ?? []).some((section) => /\bnews\b/i.test(section))) {
    return { genre: 'news', because: 'news section' };
  }
  const fromText = evidence.body ? textGenre(evidence.body) : null;
  if (fromText) return fromText;
  return { genre: 'unknown', because: 'no evidence' };
}
