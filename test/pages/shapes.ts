/**
 * Building blocks for page fixtures: the shapes real news pages have (JSON-LD, menus, bylines with
 * photo credits, galleries, teaser boxes, letters, wire credits), filled with fictional text.
 */

const SENTENCES = [
  'The council of {place} voted on Tuesday to delay the {topic} for another season, citing costs that have doubled since the spring.',
  'Residents who packed the hall said the plan had been drawn up without asking the fishing families who depend on the old quay.',
  'A spokesperson for the harbour board said the figures would be published in full before the next meeting in the autumn.',
  'Engineers hired by the board estimated that the {topic} would need at least forty more workers to finish on time.',
  'Opposition members argued that the money should instead go to the ferry link, which has run at half capacity since the storm.',
  'The regional auditor warned in a letter last month that the accounts for the {topic} were incomplete and hard to follow.',
  'Several shopkeepers along the waterfront said their takings had fallen by a third while the works blocked the promenade.',
  'The mayor of {place} defended the timetable, saying that every large project in the town had faced the same doubts at first.',
  'A survey commissioned by the chamber of commerce found that most visitors came for the market rather than the harbour.',
  'Local teachers have asked for the school trips to the lighthouse to resume once the scaffolding is taken down in the winter.',
  'The contract for the {topic} was awarded to a consortium of three firms after a tender that drew only two bids.',
  'Critics pointed out that one of the firms had been fined twice for missing deadlines on a bridge in the neighbouring province.',
];

/** `count` paragraphs of fictional prose about `topic` in `place`, two sentences each, varied by `seed`. */
export function prose(topic: string, place: string, count = 5, seed = 0): string[] {
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const a = SENTENCES[(seed + index * 2) % SENTENCES.length];
    const b = SENTENCES[(seed + index * 2 + 1) % SENTENCES.length];
    out.push(`${a} ${b}`.replaceAll('{topic}', topic).replaceAll('{place}', place));
  }
  return out;
}

export const p = (paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('\n');

export function jsonLd(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

export const MENU = `<header class="site-header"><a href="/" class="logo">The Arden Post</a>
<ul class="primary"><li><a href="/news/">News</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/sport/">Sport</a></li><li><a href="/culture/">Culture</a></li><li><a href="/letters/">Letters</a></li></ul></header>`;

export const FOOTER = `<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul><p>© 2024 The Arden Post</p></footer>`;

export function page(options: { head?: string; lang?: string; title: string; canonical?: string; body: string }): string {
  const canonical = options.canonical ? `<link rel="canonical" href="${options.canonical}">` : '';
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${options.title} | The Arden Post</title>${canonical}${options.head ?? ''}</head>
<body>${MENU}<main>${options.body}</main>${FOOTER}</body></html>`;
}

/** A related-stories box: repeated blocks of link + image + headline. */
export function teaserBox(headlines: string[], className = 'module'): string {
  return `<div class="${className}">${headlines
    .map((headline, index) => `<div class="card"><a href="/news/story-${index}"><img src="/img/${index}.jpg" alt=""><span>${headline}</span></a></div>`)
    .join('')}</div>`;
}

/** A slideshow: each slide an image, the gallery's title again, and a short caption. */
export function gallery(title: string, captions: string[]): string {
  return `<div class="slideshow">${captions.map((caption, index) => `<div class="slide"><img src="/g/${index}.jpg"><h3>${title}</h3><span>${caption}</span></div>`).join('')}</div>`;
}
