import type { RemovedKind } from '../../core/document.js';

/** Guesses what kind of page chrome an element is from its tag, role, id and class. */
export function chromeKindOf(tag: string, attributes: { id: string; className: string; role: string }): RemovedKind | null {
  const marker = `${attributes.id} ${attributes.className} ${attributes.role}`.toLowerCase();
  if (tag === 'FIGCAPTION' || /\b(caption|wp-caption-text|image-caption|photo-caption)\b/.test(marker)) return 'caption';
  if (/\b(credit|photo-credit|image-credit)\b/.test(marker)) return 'credit';
  if (tag === 'FORM' || /\b(comment|comments|respond|reply)\b/.test(marker)) return 'comment-form';
  if (tag === 'NAV' || /\b(nav|navigation|menu|breadcrumbs?|share|social|sharing)\b/.test(marker) || attributes.role === 'navigation') return 'navigation';
  if (/\b(ad|ads|advert|advertisement|sponsor|sponsored|promo|dfp|banner-ad)\b/.test(marker)) return 'advert';
  if (/\b(tags|tag-list|topics|keywords)\b/.test(marker)) return 'tags';
  if (/\b(author-bio|bio|about-author|author-info|contributor)\b/.test(marker)) return 'author-bio';
  if (/\b(disclaimer)\b/.test(marker)) return 'disclaimer';
  return null;
}
