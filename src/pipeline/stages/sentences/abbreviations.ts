/** Words that end in a period without ending the sentence: titles before a name never end one. */
export const TITLES = new Set(
  'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr cdr rep reps sen sens gov pres rev fr hon amb sr sra srta mme mlle messrs supt insp det atty gen. ald cllr rt'.split(' '),
);

/** Words that rarely end a sentence but can ("the U.S. The", "Apple Inc. The"). */
export const MAYBE_FINAL = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols fig figs pp p ch art sec para st mt ft ave blvd rd inc co corp ltd llc plc bros jr sr esq etc vs v al approx est dept univ assn intl natl govt u.s u.k u.n e.u u.s.a u.a.e d.c a.m p.m e.g i.e cf ca'.split(
    ' ',
  ),
);

export const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Words that start sentences: after a MAYBE_FINAL abbreviation one of these means a new sentence. */
export const SENTENCE_STARTERS = new Set(
  (
    'the a an it its he she they we i you this that these those there here his her their our my your but and or so yet ' +
    'however meanwhile moreover furthermore nevertheless nonetheless still also then thus hence therefore instead ' +
    'in on at by for from with after before when while as if since because although though during until once ' +
    'according some many most several few all both each every no one two three four five six seven eight nine ten ' +
    'officials sources critics experts analysts police authorities witnesses residents what who why how where which'
  ).split(' '),
);
