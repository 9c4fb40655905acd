// English closed word classes, as data: enough to read a name's role in its clause without a tagger.

/** Prepositions: a name right after one is inside a prepositional phrase ("with Ana", "by the poet Ana"). */
export const PREPOSITIONS = new Set(
  'of by with to for from in on at under against than about into onto after before between among amongst alongside like as over through during without within upon toward towards behind beside besides near via including despite except opposite beyond across around along beneath above below past per unlike versus vs'.split(
    ' ',
  ),
);

/** Determiners and possessives that open a noun phrase. */
export const DETERMINERS = new Set('the a an this that these those his her its their our my your every each some any no another'.split(' '));

/** Words that open a clause or join two: a name after one is not the object of the word before. */
export const CLAUSE_OPENERS = new Set(
  'and but or nor so yet who whom whose which that when while whereas where because although though since after before if unless until once as then also later however meanwhile'.split(' '),
);

/** Subordinators that open a fronted clause: "Before she left, Ana ...", "When he arrived, Tomas ...". */
export const FRONTED_SUBORDINATORS = new Set('after before when while although though since because if once as upon following despite unlike like until'.split(' '));

/** Auxiliaries and copulas: after a name, a sign it is the subject ("Ana was", "Tomas has"). */
export const AUXILIARIES = new Set('is was are were be been being has have had do does did will would can could may might shall should must'.split(' '));
