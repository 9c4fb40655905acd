/** Reporting verbs in all their forms: a source "says" the content. Base form -> inflections. */
const REPORTING_VERBS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  state: ['state', 'states', 'stated'],
  report: ['report', 'reports', 'reported', 'reporting'],
  announce: ['announce', 'announces', 'announced'],
  add: ['add', 'adds', 'added'],
  note: ['note', 'notes', 'noted'],
  insist: ['insist', 'insists', 'insisted'],
  argue: ['argue', 'argues', 'argued'],
  warn: ['warn', 'warns', 'warned'],
  allege: ['allege', 'alleges', 'alleged'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  deny: ['deny', 'denies', 'denied'],
  explain: ['explain', 'explains', 'explained'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  assert: ['assert', 'asserts', 'asserted'],
  maintain: ['maintain', 'maintains', 'maintained'],
  reveal: ['reveal', 'reveals', 'revealed'],
  tweet: ['tweet', 'tweets', 'tweeted'],
  post: ['posted'],
  testify: ['testify', 'testifies', 'testified'],
  suggest: ['suggest', 'suggests', 'suggested'],
  indicate: ['indicate', 'indicates', 'indicated'],
  believe: ['believe', 'believes', 'believed'],
  think: ['think', 'thinks', 'thought'],
  estimate: ['estimate', 'estimates', 'estimated'],
  predict: ['predict', 'predicts', 'predicted'],
  conclude: ['conclude', 'concludes', 'concluded'],
  contend: ['contend', 'contends', 'contended'],
  observe: ['observe', 'observes', 'observed'],
  remark: ['remark', 'remarks', 'remarked'],
  recall: ['recall', 'recalls', 'recalled'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'],
  stress: ['stress', 'stresses', 'stressed'],
  accuse: ['accuse', 'accuses', 'accused'],
  charge: ['charged'],
  complain: ['complain', 'complains', 'complained'],
  predicts: ['forecast', 'forecasts'],
  ask: ['ask', 'asks', 'asked'],
  reply: ['reply', 'replies', 'replied'],
  respond: ['respond', 'responds', 'responded'],
  quote: ['quoted'],
  cite: ['cite', 'cites', 'cited'],
  show: ['show', 'shows', 'showed', 'shown'],
  find: ['find', 'finds', 'found'],
  agree: ['agree', 'agrees', 'agreed'],
  hint: ['hint', 'hints', 'hinted'],
  urge: ['urge', 'urges', 'urged'],
  promise: ['promise', 'promises', 'promised'],
  vow: ['vow', 'vows', 'vowed'],
  pledge: ['pledge', 'pledges', 'pledged'],
  boast: ['boast', 'boasts', 'boasted'],
  concede: ['concede', 'concedes', 'conceded'],
  call: ['call', 'calls', 'called', 'calling'],
  want: ['want', 'wants', 'wanted'],
  plan: ['plans', 'planned'],
  echo: ['echo', 'echoes', 'echoed'],
  attack: ['attacked', 'attacks'],
  criticize: ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  describe: ['describe', 'describes', 'described'],
  blast: ['blast', 'blasts', 'blasted'],
  condemn: ['condemn', 'condemns', 'condemned'],
  question: ['questioned', 'questions'],
  demand: ['demand', 'demands', 'demanded'],
  propose: ['propose', 'proposes', 'proposed'],
  praise: ['praise', 'praises', 'praised'],
  reject: ['reject', 'rejects', 'rejected'],
  decline: ['declined'],
  mention: ['mention', 'mentions', 'mentioned'],
  know: ['know', 'knows', 'knew'],
  expect: ['expect', 'expects', 'expected'],
  worry: ['worry', 'worries', 'worried'],
  fear: ['fear', 'fears', 'feared'],
  hope: ['hope', 'hopes', 'hoped'],
  feel: ['feel', 'feels', 'felt'],
  endorse: ['endorse', 'endorses', 'endorsed'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  insinuate: ['insinuated', 'implied', 'suggested'],
  defend: ['defended', 'defends'],
  deride: ['derided', 'mocked', 'slammed', 'lashed'],
  speculate: ['speculated', 'speculates'],
  liken: ['likened', 'compared'],
  tout: ['touted', 'touts', 'boasted'],
  dismiss: ['dismissed', 'dismisses'],
  chant: ['chanted', 'chanting'],
};

/** Participles that report for the subject of the clause before them: "Trump attacked Clinton, saying ...". */
export const TRAILING_PARTICIPLES = new Set([
  'saying',
  'arguing',
  'adding',
  'noting',
  'claiming',
  'citing',
  'insisting',
  'warning',
  'calling',
  'asking',
  'telling',
  'writing',
  'explaining',
  'suggesting',
  'accusing',
  'promising',
  'vowing',
  'declaring',
  'stressing',
  'emphasizing',
  'emphasising',
  'chanting',
  'describing',
  'urging',
  'complaining',
  'charging',
  'asserting',
  'contending',
  'predicting',
  'acknowledging',
  'admitting',
  'pointing',
]);

export const REPORTING_VERB_FORMS = new Map<string, string>();
for (const [base, forms] of Object.entries(REPORTING_VERBS)) {
  for (const form of forms) REPORTING_VERB_FORMS.set(form, base);
  // The progressive: "is defending", "isn't saying", "is calling".
  const present = forms[0];
  const ing = present.endsWith('ie') ? `${present.slice(0, -2)}ying` : present.endsWith('e') && !present.endsWith('ee') ? `${present.slice(0, -1)}ing` : `${present}ing`;
  if (!REPORTING_VERB_FORMS.has(ing)) REPORTING_VERB_FORMS.set(ing, base);
}

/** Verbs that report only with a person or document as subject; with other subjects they mean something else. */
export const NEEDS_SOURCE_SUBJECT = new Set([
  'show',
  'find',
  'add',
  'note',
  'state',
  'post',
  'report',
  'indicate',
  'suggest',
  'agree',
  'hint',
  'urge',
  'promise',
  'vow',
  'pledge',
  'charge',
  'cite',
  'ask',
  'respond',
  'reply',
  'maintain',
  'observe',
  'recall',
  'call',
  'want',
  'plan',
  'echo',
  'attack',
  'criticize',
  'describe',
  'blast',
  'condemn',
  'question',
  'demand',
  'propose',
  'praise',
  'reject',
  'decline',
  'mention',
  'know',
  'expect',
  'worry',
  'fear',
  'hope',
  'feel',
  'endorse',
  'disclose',
  'defend',
  'deride',
  'liken',
  'tout',
  'dismiss',
  'chant',
  'think',
  'believe',
]);

/**
 * Verbs that name an act as often as a report: they report only with a proposition after them ("declared
 * that", "rejected claims that", "dismissed: '...'"), never with a plain object ("declared a state of
 * emergency", "rejected the offer", "wanted to leave").
 */
export const ACT_OR_REPORT = new Set(['declare']);

/**
 * Stems of verbs of saying, writing, believing, showing and finding. A cue word learned from PolNeAR
 * that is not one of them (PolNeAR also marks acts: "pushed", "sought", "imposed sanctions") reports
 * only with a proposition after it.
 */
const COMMUNICATION_STEMS = (
  'point talk discuss express laud protest proclaim comment outline highlight characteriz characteris downplay denounc thank ' +
  'threaten invok refer referenc wonder signal portray encourag champion articulat learn retweet dub question lament bemoan ' +
  'assail chid caution brag applaud decry insinuat allud hail slam criticiz criticis mock scold reiterat repeat affirm reaffirm ' +
  'counter quip joke muse plead beg demand call label brand term accus blam credit acknowledg concur disput contest refut ' +
  'rebut doubt suspect assum guess reckon imagin predict forecast project calculat assess judg conclud figur realiz realis ' +
  'recogniz recognis understand understood rememb notic observ hear heard read show reveal disclos confirm verifi testifi ' +
  'swear swore sworn promis guarante assur reassur warn advis recommend suggest propos urg insist stress emphasiz emphasis ' +
  'underscor underlin announc state report tweet post writ wrote written blog publish respond repli repl answer ask inquir ' +
  'enquir explain describ mention note add argu claim contend maintain assert allege alleg deni deny admit conced complain ' +
  'grumbl object oppos prais condemn endors support back welcom defend justifi explain clarifi elaborat specul hint indicat ' +
  'estimat project believ think thought feel felt fear hope worri expect know knew agre disagre recount recall describ ' +
  'interview quot cite cit tell told say said speak spoke shout scream yell whisper mutter chant sing sang sung cheer boo jeer'
).split(' ');

export function isCommunicationVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return COMMUNICATION_STEMS.some((stem) => lower.startsWith(stem) && lower.length - stem.length <= 4);
}

/** Verbs that report only when "that" or a colon follows: "the United States", "the report" are nouns. */
export const NEEDS_COMPLEMENT = new Set(['state', 'report', 'post', 'fear', 'hope', 'plan']);

/** Head nouns of a source that is unnamed or vague. */
export const VAGUE_HEADS = new Set(
  (
    'source sources report reports official officials information intelligence analyst analysts expert experts observer observers ' +
    'critic critics insider insiders people person others witness witnesses resident residents diplomat diplomats media ' +
    'rumour rumours rumor rumors sources investigators investigator aide aides adviser advisers advisor advisors ' +
    'spokesman spokeswoman spokesperson authorities authority someone somebody many some several few commentators ' +
    'activists activist members member lawmakers legislators researchers scientists studies study accounts account ' +
    'figures data estimates statistics documents document reporters journalists correspondents leaders circles quarters ' +
    'individuals officers officer staff employees employee residents locals villagers eyewitnesses eyewitness ' +
    'workers groups organizations organisations agencies volunteers soldiers troops fighters militants rebels protesters ' +
    'demonstrators doctors medics nurses teachers students farmers refugees survivors victims families relatives neighbours ' +
    'neighbors citizens voters commanders negotiators mediators lawyers prosecutors judges inspectors monitors campaigners ' +
    'economists scholars historians sources officials correspondents testimonies claims posts videos ' +
    'supporters opponents democrats republicans conservatives liberals progressives backers allies aides staffers ' +
    'voters respondents participants delegates donors fans followers advocates results ads ad polling'
  ).split(' '),
);

/** Heads that name one identifiable institution when definite ("the ministry", "Karsk's foreign office"). */
export const INSTITUTION_HEADS = new Set(
  (
    'ministry government office department agency bureau council committee court army military police navy force forces ' +
    'embassy consulate parliament congress senate cabinet administration presidency commission authority authorities ' +
    'newspaper paper daily broadcaster channel network magazine website outlet wire service services party movement ' +
    'front militia group organization organisation company firm bank institute foundation university library statement ' +
    'report study survey census spokesman spokeswoman spokesperson president minister secretary governor mayor chief ' +
    'commander prosecutor judge ambassador envoy leader head director chairman chairwoman negotiator ' +
    'poll polls survey surveys study studies transcript data analysis records documents letter memo filing complaint lawsuit ' +
    'percent majority minority campaign nominee candidate reporter spokesman'
  ).split(' '),
);

/** Phrases that follow an unnamed source before its verb: "sources familiar with the matter said". */
export const POST_MODIFIERS = /^(familiar|close|involved|briefed|knowledgeable|with|who|speaking|aware|privy|present|at|from|in|inside|within|on)$/;

/** Lowercase words that may stand inside a source's name or description. */
export const SOURCE_WORDS = new Set(
  (
    'the a an some many several most few other others his her its their our one two three four five six seven eight nine ten ' +
    'senior top unnamed anonymous local foreign western former military intelligence security government official diplomatic ' +
    'of for and de del da al el bin von van der le la on in ' +
    'spokesman spokeswoman spokesperson minister ministry president prime secretary general chief commander ambassador envoy ' +
    'newspaper paper daily weekly agency bureau office department service services council committee court judge prosecutor ' +
    'prosecutors police army leader leaders head director chairman chairwoman governor mayor senator lawmaker lawmakers ' +
    'correspondent editor editorial statement document documents study survey poll data figures report reports researchers ' +
    'scientists group organization organisation movement campaign watchdog monitor think tank institute foundation ' +
    'outlet channel broadcaster network magazine website site blog intelligence information news wire press release ' +
    'administration cabinet parliament congress spokespeople representatives representative aide aides adviser advisers ' +
    'advisor advisors analyst analysts expert experts observer observers critic critics insider insiders people witness witnesses ' +
    'resident residents diplomat diplomats media source sources official officials authorities investigators accounts ' +
    'activists activist members member legislators reporters journalists correspondents circles quarters ' +
    'party rights human humanitarian international united national nations state-run state-owned semi-official pro-government'
  ).split(' '),
);

/** Pronouns a source can be; he and she are resolved to the person they refer to. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Adverbs and auxiliaries that can stand between a source and its verb: "Khan openly declared". */
export const BETWEEN_SOURCE_AND_VERB = new Set(
  "now even went on to continued took continues keeps kept not isn't isn’t wasn't wasn’t didn't didn’t doesn't doesn’t won't won’t hasn't hasn’t haven't haven’t did does do has have had also openly publicly repeatedly later previously recently once then further again reportedly allegedly clearly explicitly firmly flatly strongly bluntly quickly immediately subsequently earlier separately privately directly indirectly frequently often last first had been is was were are will would might may can could should must being ever never already still yet twice just soon all both 's ’s 're ’re 've ’ve 'd ’d 'll ’ll 'm ’m".split(
    ' ',
  ),
);

/** Words ending in "-ly" that are nouns or names, not adverbs: "the family said", "an ally said". */
export const NOUNS_IN_LY = new Set('family ally rally assembly supply italy july monopoly anomaly bully belly reply fly apply comply rely early holy ugly daily weekly monthly quarterly'.split(' '));

/** An adverb that can stand between a source and its verb: "he barely mentioned", "they enthusiastically endorsed". */
export function isAdverbBeforeVerb(word: string): boolean {
  return BETWEEN_SOURCE_AND_VERB.has(word) || (word.endsWith('ly') && /^\p{Ll}{3,}ly$/u.test(word) && !NOUNS_IN_LY.has(word));
}

/** A pronoun joined to its auxiliary: "he’s predicting", "they’ve argued", "she’d said"; the tokenizer splits it in two. */
export const CONTRACTED_PRONOUN = /^(he|she|it|they|we|i|you)(['’](?:s|re|ve|d|ll|m))$/i;

/** Sources that are a share of the people asked: "Six in 10 say", "about 4 in 10 want", "a third of voters said". */
export const SHARE_OF_PEOPLE =
  /^(?:(?:about|nearly|almost|roughly|only|just|more|fewer|less|than|over|under|some|around|a|an|the)\s+)*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten)\b/i;
