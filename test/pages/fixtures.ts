import { gallery, jsonLd, p, page, prose, teaserBox } from './shapes.js';

/**
 * Page fixtures: fictional text in the shapes real pages have. Each says what the body must and
 * must not hold, and the authors, date, genre, origin and links a reader would name.
 */
export interface PageFixture {
  name: string;
  source: string;
  input: string;
  expect: {
    present: string[];
    absent: string[];
    authors: string[];
    published: string | null;
    genre: 'news' | 'opinion' | 'analysis' | 'unknown';
    origin: string | null;
    originUrl?: string | null;
    links?: Array<{ text: string; url: string }>;
    /** Authors of the parts, in order (letters pages). */
    parts?: string[];
  };
}

const NEWS = (extra: object = {}) => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour works delayed again', ...extra });
const article = (paragraphs: string[], before = '', after = '') => `<article><h1>Harbour works delayed again</h1>${before}${p(paragraphs)}${after}</article>`;

const harbour = prose('harbour wall', 'Arden');
/** Description with no reporting and no writer's voice: nothing in the text says news or opinion. */
const QUAY = [
  'The old quay of Arden was built in granite blocks cut from the hills above the town, each one dressed by hand and laid without mortar.',
  'Its north arm runs for two hundred metres into the bay and ends at a squat lighthouse painted white and red in broad horizontal bands.',
  'At low tide the lower courses show a green skirt of weed, and small crabs shelter in the joints between the stones along the whole length.',
  'The south arm is shorter and lower, with iron rings set into the coping every few metres for the mooring lines of the smaller boats.',
  'A flight of worn steps leads down from the promenade to a shingle beach where the fishing boats were once drawn up for the winter months.',
];
/** A blog post in the writer's own voice. */
const DIARY = [
  'I have taken the morning ferry to Keston every week this summer, and I still cannot decide whether I love the crossing or merely endure it.',
  'My favourite seat is on the upper deck at the back, where I can watch the wake fold over itself and forget for an hour what I left on my desk.',
  'I think the crew know me by now; one of them nods at me when I come up the ramp with my flask and my notebook under my arm.',
  'On the way back I usually read, though I admit I mostly stare at the islands and make plans I will never keep once I am home again.',
  'If you have never done the crossing, I would tell you to go on a grey day, when the sea is flat and the gulls follow the boat all the way in.',
];
const ferry = prose('ferry terminal', 'Keston', 5, 3);
const bridge = prose('swing bridge', 'Norrby', 6, 5);
const market = prose('covered market', 'Elm Bay', 5, 7);

export const FIXTURES: PageFixture[] = [
  {
    name: 'json-ld body when the page shows only a caption, a button and a bio',
    source: 'jsonld-only.html',
    input: page({
      title: 'Why the harbour wall is a mistake',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'OpinionNewsArticle',
        headline: 'Why the harbour wall is a mistake',
        author: { '@type': 'Person', name: 'Ines Varga' },
        datePublished: '2024-04-02T09:00:00+02:00',
        articleBody: harbour.join('\n\n'),
      }),
      body: `<div class="story"><h1>Why the harbour wall is a mistake</h1><figure><img src="a.jpg"><figcaption>The old quay at dawn.</figcaption></figure><p>The old quay at dawn.</p><a class="btn" href="/full">READ FULL ARTICLE</a><button>+ FOLLOW</button><p>Ines Varga writes about coastal towns and the people who keep them running, and has done so for the regional press since the flood year.</p></div>`,
    }),
    expect: { present: [harbour[0], harbour[4]], absent: ['READ FULL ARTICLE', '+ FOLLOW'], authors: ['Ines Varga'], published: '2024-04-02', genre: 'opinion', origin: null },
  },
  {
    name: 'a photo gallery inside the article, its title on every slide',
    source: 'gallery.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd(NEWS({ author: { '@type': 'Person', name: 'Tomas Reyk' }, datePublished: '2024-05-01' })),
      body: article(
        harbour,
        '',
        gallery(
          'Storm over the quay',
          Array.from({ length: 12 }, (_, i) => `Slide ${i + 1}: waves at the pier`),
        ),
      ),
    }),
    expect: { present: [harbour[2]], absent: ['Storm over the quay', 'waves at the pier'], authors: ['Tomas Reyk'], published: '2024-05-01', genre: 'news', origin: null },
  },
  {
    name: 'a related-stories box of link + image + headline inside the article',
    source: 'teasers.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd(NEWS({ author: { '@type': 'Person', name: 'Tomas Reyk' }, datePublished: '2024-05-02' })),
      body: article(
        harbour.slice(0, 3),
        '',
        teaserBox(['Ferry fares rise for the third time', 'New bakery opens on the pier', 'Lighthouse keeper retires after forty years', 'Gulls blamed for market losses']) + p(harbour.slice(3)),
      ),
    }),
    expect: {
      present: [harbour[1], harbour[4]],
      absent: ['Ferry fares rise for the third time', 'Lighthouse keeper retires'],
      authors: ['Tomas Reyk'],
      published: '2024-05-02',
      genre: 'news',
      origin: null,
    },
  },
  {
    name: 'an advertising module of repeated offers in a blog post',
    source: 'blog-ads.html',
    input: page({
      title: 'A summer on the ferry',
      canonical: 'https://www.ardenpost.example/blog/summer-on-the-ferry',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'A summer on the ferry', author: { '@type': 'Person', name: 'Lotte Haar' }, datePublished: '2024-07-14' }),
      body: `<article><h1>A summer on the ferry</h1>${p(ferry.slice(0, 2))}<div class="grid">${['Build your own corner of the sea with half off cabins', 'Save on every crossing this month only', 'Win a weekend on the islands for two', 'Upgrade your deck chair for one coin'].map((offer, i) => `<div><a href="https://shop.example/offer-${i}"><img src="o${i}.png">${offer}</a></div>`).join('')}</div>${p(ferry.slice(2))}</article>`,
    }),
    expect: { present: [ferry[0], ferry[4]], absent: ['half off cabins', 'Win a weekend'], authors: ['Lotte Haar'], published: '2024-07-14', genre: 'opinion', origin: null },
  },
  {
    name: 'a read-more list of teaser cards after the story',
    source: 'read-more.html',
    input: page({
      title: 'Bridge inspection finds rust',
      head: jsonLd(NEWS({ headline: 'Bridge inspection finds rust', author: [{ '@type': 'Person', name: 'Anja Berg' }], datePublished: '2023-09-09' })),
      body: `<article><h1>Bridge inspection finds rust</h1>${p(bridge)}<section class="more"><h2>Read more</h2><ul>${['Bridge closed for a week', 'Drivers face long detours', 'Council to sue contractor', 'Bridge tolls to double'].map((t, i) => `<li><a href="/b/${i}"><img src="b${i}.jpg">${t}</a></li>`).join('')}</ul></section></article>`,
    }),
    expect: { present: [bridge[5]], absent: ['Drivers face long detours', 'Council to sue contractor'], authors: ['Anja Berg'], published: '2023-09-09', genre: 'news', origin: null },
  },
  {
    name: 'a photo credit beside the byline is not the author; structured data names the wire',
    source: 'credit-byline.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd(NEWS({ author: { '@type': 'Organization', name: 'Reuters' }, publisher: { '@type': 'Organization', name: 'The Arden Post' }, datePublished: '2024-02-10T08:00:00-05:00' })),
      body: article(harbour, `<div class="byline">Mara Lind/Reuters files</div>`),
    }),
    expect: { present: [harbour[0]], absent: [], authors: ['Reuters'], published: '2024-02-10', genre: 'news', origin: 'Reuters' },
  },
  {
    name: 'a photo credit as the only meta author, with a visible By line',
    source: 'credit-meta.html',
    input: page({
      title: 'Harbour works delayed again',
      head: `<meta name="author" content="Mara Lind/Getty Images"><meta property="article:published_time" content="2024-03-03">`,
      body: article(harbour, `<p class="byline">By Tomas Reyk</p>`),
    }),
    expect: { present: [harbour[1]], absent: ['By Tomas Reyk'], authors: ['Tomas Reyk'], published: '2024-03-03', genre: 'news', origin: null },
  },
  {
    name: 'the site name as author, the page saying "Written by:"',
    source: 'site-as-author.html',
    input: page({
      title: 'Market traders count their losses',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: 'Market traders count their losses',
        author: { '@type': 'Organization', name: 'Elm Bay Forum' },
        publisher: { '@type': 'Organization', name: 'Elm Bay Forum' },
        datePublished: '2023-06-20',
      }),
      body: `<article><h1>Market traders count their losses</h1><div class="meta">Written by: Juno Marlow</div>${p(market)}</article>`,
    }),
    expect: { present: [market[3]], absent: [], authors: ['Juno Marlow'], published: '2023-06-20', genre: 'news', origin: null },
  },
  {
    name: 'a broadcaster with its web address as author, the writer named on the page',
    source: 'broadcaster-author.html',
    input: page({
      title: 'Ferry strike ends',
      head: `<meta name="author" content="Arden Radio (www.ardenradio.example)"><meta property="og:site_name" content="Arden Radio"><meta property="article:published_time" content="2024-01-15T10:00:00+01:00">`,
      body: `<article><h1>Ferry strike ends</h1><p class="author">By Nils Ostrander</p>${p(ferry)}</article>`,
    }),
    expect: { present: [ferry[2]], absent: [], authors: ['Nils Ostrander'], published: '2024-01-15', genre: 'news', origin: null },
  },
  {
    name: 'character references in the author and title',
    source: 'entities.html',
    input: page({
      title: 'Harbour works delayed again',
      head: `<meta property="og:title" content="Council rejects &amp;#8216;Harbour Game&amp;#8217; app"><meta name="author" content="Keira O&amp;#039;Malley"><meta property="article:published_time" content="2024-06-06">`,
      body: article(harbour),
    }),
    expect: { present: [harbour[0]], absent: [], authors: ["Keira O'Malley"], published: '2024-06-06', genre: 'news', origin: null },
  },
  {
    name: 'a "No Author" placeholder is not a person',
    source: 'no-author.html',
    input: page({ title: 'Harbour works delayed again', head: jsonLd(NEWS({ author: { '@type': 'Person', name: 'No Author' }, datePublished: '2024-08-01' })), body: article(harbour) }),
    expect: { present: [harbour[3]], absent: [], authors: [], published: '2024-08-01', genre: 'news', origin: null },
  },
  {
    name: 'an "Admin" placeholder is not a person, the By line is',
    source: 'admin.html',
    input: page({ title: 'Harbour works delayed again', head: `<meta name="author" content="admin"><meta name="date" content="2022-11-30">`, body: article(harbour, '<p>By Sana Quist</p>') }),
    expect: { present: [harbour[3]], absent: [], authors: ['Sana Quist'], published: '2022-11-30', genre: 'news', origin: null },
  },
  {
    name: 'several authors in structured data',
    source: 'several-authors.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd(
        NEWS({
          author: [
            { '@type': 'Person', name: 'Ana Ruiz' },
            { '@type': 'Person', name: 'Bo Chen' },
            { '@type': 'Person', name: 'Cyr Dall' },
          ],
          datePublished: '2024-09-09',
        }),
      ),
      body: article(harbour),
    }),
    expect: { present: [harbour[1]], absent: [], authors: ['Ana Ruiz', 'Bo Chen', 'Cyr Dall'], published: '2024-09-09', genre: 'news', origin: null },
  },
  {
    name: 'a By line in capitals naming two writers',
    source: 'caps-byline.html',
    input: page({
      title: 'Bridge inspection finds rust',
      body: `<article><h1>Bridge inspection finds rust</h1><div class="credits">By ANA RUIZ and BO CHEN, Staff Writers</div><time>May 4, 2024</time>${p(bridge)}</article>`,
    }),
    expect: { present: [bridge[0]], absent: [], authors: ['Ana Ruiz', 'Bo Chen'], published: '2024-05-04', genre: 'news', origin: null },
  },
  {
    name: 'a visible "Date 19.01.2020" line and no date in the metadata',
    source: 'date-dotted.html',
    input: page({ title: 'Bridge inspection finds rust', lang: 'de', body: `<article><h1>Bridge inspection finds rust</h1><div class="info">Date 19.01.2020</div>${p(bridge)}</article>` }),
    expect: { present: [bridge[1]], absent: [], authors: [], published: '2020-01-19', genre: 'news', origin: null },
  },
  {
    name: 'a local "PUBLISHED: November 8, 2023 at 11:30 p.m." beside a UTC timestamp of the next day',
    source: 'date-local.html',
    input: page({
      title: 'Ferry strike ends',
      head: jsonLd(NEWS({ headline: 'Ferry strike ends', author: { '@type': 'Person', name: 'Nils Ostrander' }, datePublished: '2023-11-09T04:30:00Z' })),
      body: `<article><h1>Ferry strike ends</h1><div class="dateline">PUBLISHED: November 8, 2023 at 11:30 p.m.</div>${p(ferry)}</article>`,
    }),
    expect: { present: [ferry[1]], absent: [], authors: ['Nils Ostrander'], published: '2023-11-08', genre: 'news', origin: null },
  },
  {
    name: 'a "Posted on 3 March 2024" line',
    source: 'date-posted.html',
    input: page({ title: 'Market traders count their losses', body: `<article><h1>Market traders count their losses</h1><p class="meta">Posted on 3 March 2024 | 10:14</p>${p(market)}</article>` }),
    expect: { present: [market[0]], absent: [], authors: [], published: '2024-03-03', genre: 'news', origin: null },
  },
  {
    name: 'a slashed date on a British page is day first',
    source: 'date-gb.html',
    input: page({ title: 'Market traders count their losses', lang: 'en-GB', body: `<article><h1>Market traders count their losses</h1><span class="date">12/03/2024</span>${p(market)}</article>` }),
    expect: { present: [market[1]], absent: [], authors: [], published: '2024-03-12', genre: 'news', origin: null },
  },
  {
    name: 'a slashed date on an American page is month first',
    source: 'date-us.html',
    input: page({ title: 'Market traders count their losses', lang: 'en-US', body: `<article><h1>Market traders count their losses</h1><span class="date">03/12/2024</span>${p(market)}</article>` }),
    expect: { present: [market[2]], absent: [], authors: [], published: '2024-03-12', genre: 'news', origin: null },
  },
  {
    name: 'a weekday and ordinal date line',
    source: 'date-ordinal.html',
    input: page({ title: 'Bridge inspection finds rust', body: `<article><h1>Bridge inspection finds rust</h1><div>Wednesday, June 5th, 2024</div>${p(bridge)}</article>` }),
    expect: { present: [bridge[2]], absent: [], authors: [], published: '2024-06-05', genre: 'news', origin: null },
  },
  {
    name: 'a written timestamp with a zone in the metadata keeps its own day',
    source: 'date-rfc.html',
    input: page({ title: 'Ferry strike ends', head: `<meta name="pubdate" content="Wed, 08 Nov 2023 23:30:00 -0500">`, body: article(ferry) }),
    expect: { present: [ferry[3]], absent: [], authors: [], published: '2023-11-08', genre: 'news', origin: null },
  },
  {
    name: 'a letters page: each letter its own writer, names not in the text',
    source: 'letters.html',
    input: page({
      title: 'Letters: the harbour, the ferry and the market',
      canonical: 'https://www.ardenpost.example/letters/2024/05/10/harbour-ferry-market',
      body: `<article><h1>Letters: the harbour, the ferry and the market</h1>
<h2>The wall will not stop the sea</h2>${p(harbour.slice(0, 2))}<p>Edda Rowan, Arden</p>
<h2>Ferries first</h2>${p(ferry.slice(0, 2))}<p>Piet Calloway, North Keston</p>
<h2>Let the market breathe</h2>${p(market.slice(0, 2))}<p>Dr Mira Solberg, Elm Bay</p>
<h2>Fix the bridge</h2>${p(bridge.slice(0, 2))}<p>Oskar Hale, Norrby</p></article>`,
    }),
    expect: {
      present: [harbour[0], ferry[1], market[0], bridge[1]],
      absent: ['Edda Rowan, Arden', 'Piet Calloway', 'Oskar Hale, Norrby'],
      authors: ['Edda Rowan', 'Piet Calloway', 'Dr Mira Solberg', 'Oskar Hale'],
      published: '2024-05-10',
      genre: 'opinion',
      origin: null,
      parts: ['Edda Rowan', 'Piet Calloway', 'Dr Mira Solberg', 'Oskar Hale'],
    },
  },
  {
    name: 'a letters page signed with dashes, under a Letters kicker',
    source: 'letters-dash.html',
    input: page({
      title: 'Readers on the ferry timetable',
      head: `<meta property="article:published_time" content="2024-02-02">`,
      body: `<div class="kicker">Letters</div><article><h1>Readers on the ferry timetable</h1>${p(ferry.slice(0, 2))}<p>— Hanne Vos, Keston</p>${p(ferry.slice(2, 4))}<p>— Rafe Dunmore</p>${p(harbour.slice(0, 1))}<p>— Lia Korsgaard, Arden</p></article>`,
    }),
    expect: {
      present: [ferry[0], ferry[3], harbour[0]],
      absent: ['Hanne Vos', 'Rafe Dunmore'],
      authors: ['Hanne Vos', 'Rafe Dunmore', 'Lia Korsgaard'],
      published: '2024-02-02',
      genre: 'opinion',
      origin: null,
      parts: ['Hanne Vos', 'Rafe Dunmore', 'Lia Korsgaard'],
    },
  },
  {
    name: 'an open letter: the letter, not its list of signatories',
    source: 'open-letter.html',
    input: page({
      title: 'An open letter on the harbour wall',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'Article', headline: 'An open letter on the harbour wall', datePublished: '2024-10-01' }),
      body: `<article><h1>An open letter on the harbour wall</h1>${p(harbour.slice(0, 3))}<h2>Signed</h2><ul>${Array.from({ length: 40 }, (_, i) => `<li>${['Ada', 'Bruno', 'Cleo', 'Dag', 'Eli'][i % 5]} ${['Marsh', 'Tolland', 'Vey', 'Orrin', 'Quell', 'Stavro', 'Imberg', 'Nyquist'][i % 8]}, Professor of ${['Hydrology', 'Geography', 'Economics', 'Law'][i % 4]}, University of ${['Arden', 'Keston', 'Norrby'][i % 3]}</li>`).join('')}</ul></article>`,
    }),
    expect: { present: [harbour[0], harbour[2]], absent: ['Professor of Hydrology', 'University of Keston'], authors: [], published: '2024-10-01', genre: 'opinion', origin: null },
  },
  {
    name: 'a Reuters story in a regional paper',
    source: 'wire-reuters.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd(NEWS({ publisher: { '@type': 'Organization', name: 'Keston Courier' }, datePublished: '2024-05-03' })),
      body: article([`ARDEN, May 3 (Reuters) - ${harbour[0]}`, ...harbour.slice(1)]),
    }),
    expect: { present: ['(Reuters)', harbour[2]], absent: [], authors: [], published: '2024-05-03', genre: 'news', origin: 'Reuters' },
  },
  {
    name: 'an AP story opening with its dateline',
    source: 'wire-ap.html',
    input: page({
      title: 'Ferry strike ends',
      head: `<meta property="article:published_time" content="2024-04-04">`,
      body: `<article><h1>Ferry strike ends</h1>${p([`KESTON (AP) — ${ferry[0]}`, ...ferry.slice(1)])}</article>`,
    }),
    expect: { present: [ferry[1]], absent: [], authors: [], published: '2024-04-04', genre: 'news', origin: 'Associated Press' },
  },
  {
    name: 'a story signed as Reuters copy at the foot',
    source: 'wire-foot.html',
    input: page({
      title: 'Bridge inspection finds rust',
      head: `<meta property="article:published_time" content="2024-04-05">`,
      body: `<article><h1>Bridge inspection finds rust</h1>${p([...bridge, '(Reporting by Tove Lind; Editing by Sam Ardell)'])}</article>`,
    }),
    expect: { present: [bridge[0]], absent: [], authors: [], published: '2024-04-05', genre: 'news', origin: 'Reuters' },
  },
  {
    name: 'a reprint note with a link to the first outlet',
    source: 'reprint.html',
    input: page({
      title: 'The harbour wall and the fishers',
      canonical: 'https://www.ardenpost.example/environment/harbour-wall-fishers',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: 'The harbour wall and the fishers',
        author: { '@type': 'Person', name: 'Ines Varga' },
        datePublished: '2024-03-20',
      }),
      body: `<article><h1>The harbour wall and the fishers</h1>${p(harbour)}<p><em>This post originally appeared on <a href="https://fernhillreview.example/2024/03/harbour-wall">Fernhill Review</a> on March 12, 2024.</em></p></article>`,
    }),
    expect: {
      present: [harbour[4]],
      absent: ['originally appeared'],
      authors: ['Ines Varga'],
      published: '2024-03-20',
      genre: 'news',
      origin: 'Fernhill Review',
      originUrl: 'https://fernhillreview.example/2024/03/harbour-wall',
    },
  },
  {
    name: 'republished from a commentary site under a licence',
    source: 'republished.html',
    input: page({
      title: 'What the ferry numbers mean',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'Article', headline: 'What the ferry numbers mean', author: { '@type': 'Person', name: 'Orla Fenn' }, datePublished: '2024-06-11' }),
      body: `<article><h1>What the ferry numbers mean</h1>${p(ferry)}<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p></article>`,
    }),
    expect: { present: [ferry[0]], absent: ['Creative Commons'], authors: ['Orla Fenn'], published: '2024-06-11', genre: 'news', origin: 'The Conversation' },
  },
  {
    name: 'isBasedOn in JSON-LD names the first publication',
    source: 'based-on.html',
    input: page({
      title: 'Market traders count their losses',
      head: jsonLd(
        NEWS({
          headline: 'Market traders count their losses',
          author: { '@type': 'Person', name: 'Juno Marlow' },
          datePublished: '2024-07-02',
          isBasedOn: { '@type': 'NewsArticle', url: 'https://elmbaytimes.example/market-losses', publisher: { '@type': 'Organization', name: 'Elm Bay Times' }, datePublished: '2024-06-30' },
        }),
      ),
      body: `<article><h1>Market traders count their losses</h1>${p(market)}</article>`,
    }),
    expect: { present: [market[4]], absent: [], authors: ['Juno Marlow'], published: '2024-07-02', genre: 'news', origin: 'Elm Bay Times', originUrl: 'https://elmbaytimes.example/market-losses' },
  },
  {
    name: 'links in attributions, resolved against the canonical URL',
    source: 'links.html',
    input: page({
      title: 'Harbour works delayed again',
      canonical: 'https://www.ardenpost.example/news/2024/harbour-works',
      head: jsonLd(NEWS({ author: { '@type': 'Person', name: 'Tomas Reyk' }, datePublished: '2024-05-05' })),
      body: article([
        `The delay was first <a href="https://www.eurowave.example/harbour-delay">reported by Eurowave News</a> on Monday, and the board has not denied it.`,
        `<a href="/reports/2014-flood-study.pdf">A 2014 study</a> warned that the wall would move the erosion further down the coast.`,
        `Readers can <a href="mailto:desk@ardenpost.example">write to the desk</a> or <a href="javascript:void(0)">share this</a> as they wish, and many of them already have.`,
        ...harbour,
      ]),
    }),
    expect: {
      present: ['reported by Eurowave News', 'A 2014 study warned'],
      absent: [],
      authors: ['Tomas Reyk'],
      published: '2024-05-05',
      genre: 'news',
      origin: null,
      links: [
        { text: 'reported by Eurowave News', url: 'https://www.eurowave.example/harbour-delay' },
        { text: 'A 2014 study', url: 'https://www.ardenpost.example/reports/2014-flood-study.pdf' },
      ],
    },
  },
  {
    name: 'an Analysis kicker above the headline',
    source: 'kicker-analysis.html',
    input: page({
      title: 'Why the bridge keeps rusting',
      head: `<meta property="article:published_time" content="2024-08-08">`,
      body: `<article><span class="kicker">Analysis</span><h1>Why the bridge keeps rusting</h1>${p(bridge)}</article>`,
    }),
    expect: { present: [bridge[3]], absent: [], authors: [], published: '2024-08-08', genre: 'analysis', origin: null },
  },
  {
    name: 'an Opinion kicker and a By line',
    source: 'kicker-opinion.html',
    input: page({
      title: 'The market deserves better',
      body: `<article><div class="label">Opinion</div><h1>The market deserves better</h1><p class="by">By Lotte Haar</p><p>June 1, 2024</p>${p(market)}</article>`,
    }),
    expect: { present: [market[1]], absent: [], authors: ['Lotte Haar'], published: '2024-06-01', genre: 'opinion', origin: null },
  },
  {
    name: 'a Blog kicker',
    source: 'kicker-blog.html',
    input: page({
      title: 'Notes from the pier',
      head: `<meta property="article:published_time" content="2024-08-09">`,
      body: `<article><p class="cat">Blog</p><h1>Notes from the pier</h1>${p(ferry)}</article>`,
    }),
    expect: { present: [ferry[4]], absent: [], authors: [], published: '2024-08-09', genre: 'opinion', origin: null },
  },
  {
    name: 'a menu item "Opinion" is not a kicker',
    source: 'menu-not-kicker.html',
    input: page({
      title: 'The old quay, stone by stone',
      head: `<meta property="article:published_time" content="2024-08-10">`,
      body: `<article><h1>The old quay, stone by stone</h1>${p(QUAY)}</article>`,
    }),
    expect: { present: [QUAY[0]], absent: ['Sport'], authors: [], published: '2024-08-10', genre: 'unknown', origin: null },
  },
  {
    name: 'a ReportageNewsArticle is news',
    source: 'reportage.html',
    input: page({
      title: 'Harbour works delayed again',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'ReportageNewsArticle',
        headline: 'Harbour works delayed again',
        author: { '@type': 'Person', name: 'Anja Berg' },
        datePublished: '2024-08-11',
      }),
      body: article(harbour),
    }),
    expect: { present: [harbour[1]], absent: [], authors: ['Anja Berg'], published: '2024-08-11', genre: 'news', origin: null },
  },
  {
    name: 'a Commentary section in the metadata is opinion',
    source: 'section-commentary.html',
    input: page({
      title: 'Harbour works delayed again',
      head: `<meta property="article:section" content="Commentary"><meta property="article:published_time" content="2024-08-12"><meta name="author" content="Edda Rowan">`,
      body: article(harbour),
    }),
    expect: { present: [harbour[2]], absent: [], authors: ['Edda Rowan'], published: '2024-08-12', genre: 'opinion', origin: null },
  },
  {
    name: 'an /analysis/ URL path',
    source: 'path-analysis.html',
    input: page({
      title: 'Harbour works delayed again',
      canonical: 'https://www.ardenpost.example/analysis/harbour-works',
      head: `<meta property="article:published_time" content="2024-08-13">`,
      body: article(harbour),
    }),
    expect: { present: [harbour[2]], absent: [], authors: [], published: '2024-08-13', genre: 'analysis', origin: null },
  },
  {
    name: 'a fuller body in the page article markup than Readability keeps',
    source: 'article-markup.html',
    input: page({
      title: 'Bridge inspection finds rust',
      head: `<meta property="article:published_time" content="2024-08-14">`,
      body: `<div class="promo-col"><p>${bridge[0]}</p><p>${bridge[1]}</p><p>${bridge[2]}</p><p>${bridge[3]}</p><p>${bridge[4]}</p><p>${bridge[5]}</p></div><div itemprop="articleBody"><h1>Bridge inspection finds rust</h1>${p(market)}${p(ferry)}</div>`,
    }),
    expect: { present: [market[0], ferry[4]], absent: [], authors: [], published: '2024-08-14', genre: 'news', origin: null },
  },
  {
    name: 'a wire agency as the byline of another outlet',
    source: 'wire-author.html',
    input: page({
      title: 'Ferry strike ends',
      head: `<meta name="author" content="Associated Press"><meta property="og:site_name" content="Keston Courier"><meta property="article:published_time" content="2024-08-15">`,
      body: article(ferry),
    }),
    expect: { present: [ferry[0]], absent: [], authors: ['Associated Press'], published: '2024-08-15', genre: 'news', origin: 'Associated Press' },
  },
  {
    name: 'text copied from a page: a Reuters dateline',
    source: 'wire-dump.txt',
    input: ['Harbour works delayed again', '', `ARDEN, May 3 (Reuters) - ${harbour[0]}`, '', ...harbour.slice(1).flatMap((paragraph) => [paragraph, ''])].join('\n'),
    expect: { present: [harbour[1]], absent: [], authors: [], published: null, genre: 'news', origin: 'Reuters' },
  },
  {
    name: 'text copied from a page: a reprint note at the foot',
    source: 'reprint-dump.txt',
    input: ['The harbour wall and the fishers', '', 'By Ines Varga', '', ...harbour.flatMap((paragraph) => [paragraph, '']), 'This story originally appeared in the Fernhill Review.'].join('\n'),
    expect: { present: [harbour[3]], absent: ['originally appeared'], authors: ['Ines Varga'], published: null, genre: 'news', origin: 'Fernhill Review' },
  },
  {
    name: 'an ISO date in a visible line under the title',
    source: 'date-iso.html',
    input: page({ title: 'Harbour works delayed again', body: article(harbour, '<div class="pubdate">Published 2024-05-06</div>') }),
    expect: { present: [harbour[0]], absent: [], authors: [], published: '2024-05-06', genre: 'news', origin: null },
  },
  {
    name: 'several teaser boxes with images around the story',
    source: 'teasers-around.html',
    input: page({
      title: 'Market traders count their losses',
      head: jsonLd(NEWS({ headline: 'Market traders count their losses', author: { '@type': 'Person', name: 'Juno Marlow' }, datePublished: '2024-09-01' })),
      body: `${teaserBox(['Top ten beaches this summer', 'Why gulls love chips', 'Ferry queues explained'], 'top-stories')}<article><h1>Market traders count their losses</h1>${p(market)}</article>${teaserBox(['Weekend weather: rain', 'Pier reopens after repairs', 'Fish prices fall again'], 'more-stories')}`,
    }),
    expect: { present: [market[2]], absent: ['Why gulls love chips', 'Pier reopens after repairs'], authors: ['Juno Marlow'], published: '2024-09-01', genre: 'news', origin: null },
  },
  {
    name: 'a blog post in the first person, with no label: the text says opinion',
    source: 'first-person.html',
    input: page({ title: 'Every week on the ferry', head: `<meta property="article:published_time" content="2024-08-20">`, body: `<article><h1>Every week on the ferry</h1>${p(DIARY)}</article>` }),
    expect: { present: [DIARY[0]], absent: [], authors: [], published: '2024-08-20', genre: 'opinion', origin: null },
  },
  {
    name: 'a byline naming the writer and the outlet that first ran the piece',
    source: 'writer-and-outlet.html',
    input: page({
      title: 'Bridge inspection finds rust',
      head: `<meta name="author" content="Ivo Brandt, Fernhill Review"><meta property="article:published_time" content="2024-08-21">`,
      body: `<article><h1>Bridge inspection finds rust</h1>${p(bridge)}<p>This article was originally published by Fernhill Review. Read the original article.</p></article>`,
    }),
    expect: { present: [bridge[0]], absent: ['Read the original article'], authors: ['Ivo Brandt'], published: '2024-08-21', genre: 'news', origin: 'Fernhill Review' },
  },
  {
    name: 'a year-less local "Posted" line beside a UTC timestamp of the next day',
    source: 'date-yearless.html',
    input: page({
      title: 'Ferry strike ends',
      head: jsonLd(NEWS({ headline: 'Ferry strike ends', author: { '@type': 'Person', name: 'Nils Ostrander' }, datePublished: '2023-11-19T01:19:34Z' })),
      body: `<article><h1>Ferry strike ends</h1><div class="timestamps">Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM</div>${p(ferry)}</article>`,
    }),
    expect: { present: [ferry[1]], absent: [], authors: ['Nils Ostrander'], published: '2023-11-18', genre: 'news', origin: null },
  },
  {
    name: 'text copied from a page: "Written by:" and "Date 19.01.2020" lines under an Opinion label',
    source: 'written-by-dump.txt',
    input: ['Opinion', '', 'Every week on the ferry', '', 'Written by: Hanne Vos', '', 'Date 19.01.2020', '', ...DIARY.flatMap((paragraph) => [paragraph, ''])].join('\n'),
    expect: { present: [DIARY[1]], absent: ['Written by'], authors: ['Hanne Vos'], published: '2020-01-19', genre: 'opinion', origin: null },
  },
  {
    name: 'text copied from a page: a local "PUBLISHED: … at 11:30 p.m." line',
    source: 'published-dump.txt',
    input: ['Ferry strike ends', '', 'By Nils Ostrander', '', 'PUBLISHED: November 8, 2023 at 11:30 p.m.', '', ...ferry.flatMap((paragraph) => [paragraph, ''])].join('\n'),
    expect: { present: [ferry[0]], absent: [], authors: ['Nils Ostrander'], published: '2023-11-08', genre: 'news', origin: null },
  },
  {
    name: 'text copied from a letters page: each letter its own writer',
    source: 'letters-dump.txt',
    input: [
      'Letters',
      '',
      'Readers on the harbour',
      '',
      ...harbour.slice(0, 2).flatMap((paragraph) => [paragraph, '']),
      'Edda Rowan, Arden',
      '',
      ...ferry.slice(0, 2).flatMap((paragraph) => [paragraph, '']),
      'Piet Calloway, North Keston',
      '',
    ].join('\n'),
    expect: {
      present: [harbour[1], ferry[0]],
      absent: ['Edda Rowan, Arden'],
      authors: ['Edda Rowan', 'Piet Calloway'],
      published: null,
      genre: 'opinion',
      origin: null,
      parts: ['Edda Rowan', 'Piet Calloway'],
    },
  },
  {
    name: 'an "Analysis by" byline with the writer\'s role and desk',
    source: 'analysis-byline.html',
    input: page({
      title: 'Why the harbour numbers do not add up',
      head: `<meta name="author" content="Analysis by Ivo Brandt, Arden Post Editor-at-large"><meta property="og:site_name" content="Arden Post"><meta property="article:published_time" content="2024-09-03">`,
      body: article(harbour),
    }),
    expect: { present: [harbour[0]], absent: [], authors: ['Ivo Brandt'], published: '2024-09-03', genre: 'analysis', origin: null },
  },
  {
    name: 'credentials after a name are not authors',
    source: 'credentials.html',
    input: page({
      title: 'Eating well on the ferry',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        headline: 'Eating well on the ferry',
        author: { '@type': 'Person', name: 'Rhea Lind, MS, RD' },
        datePublished: '2024-09-04T08:00:00.000Z',
      }),
      body: `<article><h1>Eating well on the ferry</h1>${p(DIARY)}</article>`,
    }),
    expect: { present: [DIARY[2]], absent: [], authors: ['Rhea Lind'], published: '2024-09-04', genre: 'opinion', origin: null },
  },
  {
    name: 'a fact check typed ClaimReview is analysis',
    source: 'claim-review.html',
    input: page({
      title: 'Did the harbour wall cost a million?',
      head: jsonLd({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        headline: 'Did the harbour wall cost a million?',
        author: { '@type': 'Organization', name: 'Arden Checks' },
        datePublished: '2024-09-05',
      }),
      body: article(harbour),
    }),
    expect: { present: [harbour[1]], absent: [], authors: ['Arden Checks'], published: '2024-09-05', genre: 'analysis', origin: null },
  },
  {
    name: 'a wire named as publisher on a regional site',
    source: 'wire-publisher.html',
    input: page({
      title: 'Ferry strike ends',
      canonical: 'https://www.kestoncourier.example/news/article/ferry-strike-ends-123.php',
      head: jsonLd(
        NEWS({
          headline: 'Ferry strike ends',
          author: [{ '@type': 'Person', name: 'JANIE HOLT' }],
          publisher: { '@type': 'Organization', name: 'Associated Press' },
          datePublished: '2024-09-06T10:00:00+0000',
        }),
      ),
      body: article(ferry),
    }),
    expect: { present: [ferry[0]], absent: [], authors: ['Janie Holt'], published: '2024-09-06', genre: 'news', origin: 'Associated Press' },
  },
  {
    name: 'a placeholder year in JSON-LD, the date shown with its time first',
    source: 'placeholder-date.html',
    input: page({
      title: 'Market traders count their losses',
      head: jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Market traders count their losses', datePublished: '0001-01-01T00:00:00Z' }),
      body: `<article><h1>Market traders count their losses</h1><div class="byline">By Juno Marlow</div><div class="date">Published 11:11 PM EST Nov 19, 2023</div>${p(market)}</article>`,
    }),
    expect: { present: [market[0]], absent: [], authors: ['Juno Marlow'], published: '2023-11-19', genre: 'news', origin: null },
  },
  {
    name: 'broken JSON-LD (an unescaped quote) still gives its author and date',
    source: 'broken-json-ld.html',
    input: page({
      title: 'Bridge inspection finds rust',
      head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Bridge inspection finds rust","description":"The "swing" bridge","author":"ANJA BERG","datePublished":"2024-09-07T09:00:00+02:00"}</script>`,
      body: article(bridge),
    }),
    expect: { present: [bridge[0]], absent: [], authors: ['Anja Berg'], published: '2024-09-07', genre: 'news', origin: null },
  },
  {
    name: 'a byline and local date line opening the article, a bare URL before it',
    source: 'byline-in-body.html',
    input: page({
      title: 'Ferry strike ends',
      head: jsonLd(
        NEWS({
          headline: 'Ferry strike ends',
          author: { '@type': 'Person', name: 'Arden Post' },
          publisher: { '@type': 'Organization', name: 'Arden Post' },
          datePublished: '2023-11-19T02:46:42.471Z',
        }),
      ),
      body: `<article><h1>Ferry strike ends</h1><p>https://www.ardenpost.example/ferry-strike-ends</p><p>By Nils Ostrander | November 18, 2023 at 4:26 PM HST - Updated November 18 at 6:46 PM</p>${p(ferry)}</article>`,
    }),
    expect: { present: [ferry[0]], absent: ['https://www.ardenpost.example/ferry-strike-ends'], authors: ['Nils Ostrander'], published: '2023-11-18', genre: 'news', origin: null },
  },
];
