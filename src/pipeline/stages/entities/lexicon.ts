/**
 * English words that type a name by what stands around it, kept in one place for the entity stage:
 * titles and roles before a person's name, classifier nouns for organisations and places, the
 * suffixes organisations end in, and the nouns that follow an armed group's name.
 */

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and role nouns that stand before a person's name ("President", "Gen.", "Ms.", "Defense Secretary", "CEO"). */
export const ROLE_WORDS = words(`
  president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson
  gen. lieutenant lt. colonel col. maj. captain capt. sergeant sgt. admiral adm. brigadier brig. commander cmdr.
  governor gov. senator sen. representative rep. congressman congresswoman mayor judge justice attorney lawyer ambassador envoy
  king queen prince princess emperor sheikh emir sultan imam ayatollah pope cardinal archbishop bishop rabbi reverend rev.
  mr. mr mrs. mrs ms. ms dr. dr prof. professor sir dame lord lady
  chairman chairwoman chair ceo cfo coo director chief executive founder leader head deputy inspector superintendent
  coach manager striker midfielder defender goalkeeper captain
`);

/** Words that can stand before a role noun as part of the role: "Defense Secretary", "Foreign Minister", "Prime Minister". */
export const ROLE_MODIFIERS = words(`
  defense defence foreign interior home finance justice health education trade energy economy treasury state
  prime deputy vice acting former chief executive senior general attorney assistant junior first supreme
  managing opposition party army navy military police
`);

/** Nouns that classify the name next to them as an organisation: "the terror group X", "X, a proxy group of ...". */
export const ORGANISATION_NOUNS = words(`
  group groups movement militia militias organisation organization party front faction network outfit wing proxy
  company firm corporation conglomerate agency newspaper paper broadcaster channel network union alliance coalition
  bank club council ministry department charity foundation institute university brigade battalion army regiment
  association federation committee commission league syndicate cartel gang
  weekly daily magazine tabloid broadsheet distributor manufacturer carmaker automaker retailer airline insurer lender giant
`);

/** Nouns that classify the name next to them as a place: "X, a town in ...". */
export const PLACE_NOUNS = words(`
  town city village province region district port capital county state country hamlet suburb neighbourhood neighborhood
  governorate area island valley
`);

/** Nouns that classify the name next to them as a person: "X, a spokesman for ...". */
export const PERSON_NOUNS = words(`
  spokesman spokeswoman spokesperson minister official commander analyst professor lawyer economist researcher activist
  leader chief director president senator governor mayor general officer politician lawmaker diplomat envoy journalist
  resident witness father mother son daughter husband wife
`);

/** Last words of organisation names: "Microsoft Corp", "Syrian Democratic Forces", "Bank", "Ministry". */
export const ORGANISATION_SUFFIXES = words(`
  inc inc. corp corp. co co. ltd ltd. plc llc ag sa s.a. nv n.v. gmbh spa s.p.a. ab asa oyj bv bhd tbk pty bancorp bancshares holdings group
  party ministry council committee commission agency association union university college forces army navy
  front brigade brigades movement organisation organization authority department institute exchange court fund
  foundation bank airlines airways board federation society services police guard guards corps
  network newspaper times post herald tribune journal gazette news agency watch international forum
`);

/** First words of organisation names followed by "of": "Ministry of Defence", "Bank of England". */
export const ORGANISATION_HEADS = words('ministry department university bank bureau office council court institute federation league');

/** Nouns after a group's name that make it a group: "ISIL fighters", "Daesh positions". */
export const GROUP_CONTEXT_NOUNS = words(`
  fighters militants gunmen positions position targets target units unit members commanders operatives strongholds stronghold
  fighting tactical vehicle vehicles militia leadership recruits cells cell bomb-making guerrillas guerrilla rebels insurgents militiamen
`);

/** Verbs of saying after a name: an all-caps acronym followed by one speaks as a body ("HRW said"). */
export const SAYING_VERBS = words('said says say reported reports stated states claimed claims added told warned urged called accused denied announced');

/** Prepositions that put the name after them on the map: "near Mosul", "outside Kirkuk". */
export const LOCATIVE_PREPOSITIONS = words('near outside around across toward towards');

/** All-caps words that are not names: units, titles, formats, shouting. */
export const COMMON_CAPS = words(`
  ceo cfo coo cto gdp tv am pm ok usa faq pdf html gmt utc bst est pst ad bc id ii iii iv vi vii viii ix xi xii
  ap afp hq km mph kg lb oz usd eur gbp ipo vat it pc dna hiv aids covid mp mps pr vip
`);

/** Words a company's full name adds to its short form: "Northwind" of "Northwind Corp", "Magna" of "Magna International Inc". */
export const CORPORATE_DESIGNATORS = words(`
  inc inc. corp corp. corporation co co. company ltd ltd. limited plc llc ag sa s.a. nv gmbh group holdings international
  industries systems technologies bancorp bancshares bros bros. spa s.p.a. ab asa oyj bv n.v. bhd tbk pty
`);

/** Adjectives of faith and kind that stand before "militants" or "fighters" without naming a group. */
export const GROUP_ADJECTIVES = words(`muslim moslem christian jewish hindu sikh buddhist catholic protestant sunni shia shiite shi'ite druze alawite tribal rebel`);

/** Last words that make a name a place or a building even when it opens with a given name: "Virginia Beach", "Victoria Falls". */
export const PLACE_NAME_TAILS = words(`
  beach falls city park square street road avenue hall island islands springs lake river mountain mount bay hills heights
  point harbour harbor airport stadium station bridge valley county creek ranch castle palace cathedral church abbey gardens course
`);

/** First words of place and club names that word lists of given names also hold: "Far East", "North Caucasus", "Red Star", "Port Arthur". */
export const PLACE_NAME_OPENERS = words(
  'north south east west northern southern eastern western far near middle upper lower central new old great little saint san santa red royal port fort mount monte lake cape doe arch',
);
