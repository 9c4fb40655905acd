import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../../analyze.js';
import { findAttributions, tokenize } from './find.js';
import { compileWeights, cueFeatures, cueModel, cueWordScore } from './cue-model.js';
import { attributionLevels } from '../../../core/annotations.js';

function attributionsOf(body: string) {
  const analysis = analyzeText(`Headline\n\n${body}\n`);
  return analysis.claims.map((claim) => ({ text: analysis.document.text, claim, attribution: claim.attribution }));
}

test('anonymous evidential sources: "Sources indicate", "Some reports suggest", "it was reported"', () => {
  const [sources, reports, passive] = attributionsOf(
    'Sources indicate that the army sought training from the group. Some reports suggest that the state may shelter its leaders. It was also reported that a battalion was sent.',
  );
  assert.deepEqual([sources.attribution.kind, sources.attribution.source, sources.attribution.cue], ['anonymous', 'Sources', 'indicate']);
  assert.deepEqual([reports.attribution.kind, reports.attribution.source], ['anonymous', 'Some reports']);
  assert.deepEqual([passive.attribution.kind, passive.attribution.cue], ['anonymous', 'was also reported']);
});

test('"according to" with vague and named sources', () => {
  const [information, intelligence, library] = attributionsOf(
    'According to information, the minister declared the plan dead. According to intelligence reports, the state bought three aircraft. According to the US Library of Congress, the number was nearly 8,000.',
  );
  assert.equal(information.attribution.kind, 'anonymous');
  assert.equal(information.attribution.source, 'information');
  assert.equal(intelligence.attribution.kind, 'anonymous');
  assert.equal(intelligence.attribution.source, 'intelligence reports');
  assert.equal(library.attribution.kind, 'named');
  assert.equal(library.attribution.source, 'the US Library of Congress');
});

test('cue and source spans point at their own words', () => {
  const [item] = attributionsOf('Interior Minister Ana Kessel told reporters that the strikes were measured.');
  const { cueSpan, sourceSpan } = item.attribution;
  assert.equal(item.text.slice(cueSpan!.start, cueSpan!.end), 'told');
  assert.equal(item.text.slice(sourceSpan!.start, sourceSpan!.end), 'Interior Minister Ana Kessel');
  assert.equal(item.attribution.kind, 'named');
});

test('nested attribution forms a chain, outermost first', () => {
  const [item] = attributionsOf(
    'According to Bangladeshi newspaper The Daily Star: “Many youths went to fight. According to the US Library of Congress, the government put the number at nearly 8,000.”',
  );
  assert.equal(item.attribution.source, 'Bangladeshi newspaper The Daily Star');
  assert.deepEqual(
    item.attribution.chain.map((level) => level.source),
    ['Bangladeshi newspaper The Daily Star', 'the US Library of Congress'],
  );
});

test('a pronoun source resolves to the person it refers to', () => {
  const [, second] = attributionsOf('Prime Minister Imran Khan said the talks had failed. He said the border would stay closed.');
  assert.equal(second.attribution.kind, 'named');
  assert.equal(second.attribution.source, 'Prime Minister Imran Khan');
  assert.equal(second.attribution.pronoun, 'He');
});

test('clause-final, appositive and post-modified sources', () => {
  const items = attributionsOf(
    "The convoy arrived on Sunday, aid workers said. Colonel Rian Duffy, who commands the checkpoint, said the delay was needed. Sources familiar with the operation said it was planned. The drones struck three depots, the country's defence ministry said.",
  );
  assert.deepEqual(
    items.map(({ attribution }) => [attribution.kind, attribution.source]),
    [
      ['anonymous', 'aid workers'],
      ['named', 'Colonel Rian Duffy'],
      ['anonymous', 'Sources familiar with the operation'],
      ['named', "the country's defence ministry"],
    ],
  );
});

test('"I" and "we" inside a quotation are the speaker, and the speaker is the source', () => {
  const [, quote] = attributionsOf('Colonel Rian Duffy said the trucks were searched. “We found nothing this time. We will keep checking,” he said.');
  assert.equal(quote.attribution.kind, 'named');
  assert.equal(quote.attribution.source, 'Colonel Rian Duffy');
  assert.equal(quote.attribution.cue, 'said');
  assert.equal(quote.attribution.chain.length, 0);
});

test("the writer's own voice, and continuations that do not inherit a source", () => {
  const [first, second] = attributionsOf('Sources indicate that the army sought help. Moreover, the agencies arranged visits for the leaders.');
  assert.equal(first.attribution.kind, 'anonymous');
  assert.equal(second.attribution.kind, 'author');
  assert.equal(second.attribution.source, null);
});

test('passives and non-reporting subjects are not attributions', () => {
  const items = attributionsOf('The resolution was later revoked. As its title itself suggests, the campaign advocates a boycott. To show their solidarity, leaders attended the event.');
  assert.deepEqual(
    items.map(({ attribution }) => attribution.kind),
    ['author', 'author', 'author'],
  );
});

test("a frame opening the sentence governs every claim split from it; a clause's own source does not", () => {
  const framed = attributionsOf('According to intelligence reports, Pakistan bought three aircraft from Italy, while its pilots flew Jordanian planes in the war.');
  assert.deepEqual(
    framed.map(({ attribution }) => [attribution.kind, attribution.source]),
    [
      ['anonymous', 'intelligence reports'],
      ['anonymous', 'intelligence reports'],
    ],
  );
  const contrasted = attributionsOf('Council leader Jonas Aberg claims the deal will create 1,200 jobs, but the council study puts the figure at about 300.');
  assert.deepEqual(
    contrasted.map(({ attribution }) => attribution.kind),
    ['named', 'author'],
  );
});

test('a quotation over several sentences, introduced by a colon after an appositive subject, is one named claim', () => {
  const [item] = attributionsOf('The Daily Star, a known anti-Israel newspaper, expressing its support for the campaign wrote: “A group has formed. It calls for a boycott. As we speak, it grows.”');
  assert.equal(item.attribution.kind, 'named');
  assert.equal(item.attribution.source, 'The Daily Star');
  assert.equal(item.attribution.cue, 'wrote');
  assert.match(item.claim.text, /it grows\.”$/);
});

test('content spans: after the cue when the source leads, before the source when it trails', () => {
  const [leading, trailing] = attributionsOf('Interior Minister Ana Kessel told reporters that the strikes were measured. The convoy arrived on Sunday, aid workers said.');
  const slice = (item: typeof leading) => item.text.slice(item.attribution.contentSpan!.start, item.attribution.contentSpan!.end);
  assert.equal(slice(leading), 'the strikes were measured');
  assert.equal(slice(trailing), 'The convoy arrived on Sunday');
});

test('"terror attacks" and "military strikes" are events, not someone attacking in words', () => {
  for (const sentence of [
    'The fight over Kashmir has intensified with India’s military strikes on Pakistan following the April 22 terror attacks on vacationers in Pahalgam.',
    'Ties between Hamas and Pakistan have grown since the Hamas-led terrorist attacks in southern Israel on Oct. 7, 2023.',
  ]) {
    const analysis = analyzeText(`Tensions rise over Kashmir\n\n${sentence}\n`);
    assert.equal(analysis.claims[0].attribution.kind, 'author', sentence);
  }
});

test("a plural noun after the clause's comma is the source, not the subject that opens the sentence", () => {
  const [engineers, doctors] = attributionsOf('More than 900 sandbags were lost in the surge, engineers said. The ward was full by noon, local doctors told reporters.');
  assert.deepEqual([engineers.attribution.kind, engineers.attribution.source], ['anonymous', 'engineers']);
  assert.deepEqual([doctors.attribution.kind, doctors.attribution.source], ['anonymous', 'local doctors']);
});

test('sources before their verb across adverbs, auxiliaries, contractions and a verb before "to"', () => {
  const items = attributionsOf(
    'Mayor Lena Halvorsen barely mentioned the strike. She’s predicting a quiet winter in Karsk. Harbour workers have twice complained about the cranes. Council members continue to insist that the budget is balanced.',
  );
  assert.deepEqual(
    items.map(({ attribution }) => [attribution.cue, attribution.source]),
    [
      ['mentioned', 'Mayor Lena Halvorsen'],
      ['predicting', 'Mayor Lena Halvorsen'],
      ['complained', 'Harbour workers'],
      ['insist', 'Council members'],
    ],
  );
  assert.equal(items[1].attribution.pronoun, 'She');
  // Only a verb that passes its subject on as the speaker: this is the writer's opinion.
  assert.deepEqual(findAttributions('Residents deserve to know what their council is giving away.'), []);
});

test('a share of the people asked and a lone quantifier are sources: "Six in 10 say", "Many feel"', () => {
  const items = attributionsOf('Six in 10 say the ferry fares are too high. In Dunmore, about 4 in 10 older voters want a new bridge. Many feel the council has waited too long.');
  assert.deepEqual(
    items.map(({ attribution }) => [attribution.kind, attribution.source, attribution.cue]),
    [
      ['anonymous', 'Six in 10', 'say'],
      ['anonymous', 'about 4 in 10 older voters', 'want'],
      ['anonymous', 'Many', 'feel'],
    ],
  );
});

test('"reported" after a named source needs no "that"; a report noun is no cue', () => {
  const [times, noun] = attributionsOf('The Karsk Herald reported six ferries were idle on Monday. The police report listed three arrests.');
  assert.deepEqual([times.attribution.source, times.attribution.cue], ['The Karsk Herald', 'reported']);
  assert.notEqual(noun.attribution.cue, 'report');
  // Planning is an act: a named subject does not make "planned" a report.
  assert.deepEqual(findAttributions('Veloria had planned the strikes on Karsk since February.'), []);
});

test('a participle after "by" reports for the subject; a described head and a parenthesis stay in the source', () => {
  const [by, described, party] = attributionsOf(
    'Mayor Lena Halvorsen closed her speech by saying the port would reopen. The retired engineer told the inquiry that the pumps had failed. Sen. Ivo Marsh (D-Karsk) stated that the vote was rigged.',
  );
  assert.deepEqual([by.attribution.source, by.attribution.cue], ['Mayor Lena Halvorsen', 'saying']);
  assert.deepEqual([described.attribution.source, described.attribution.cue], ['The retired engineer', 'told']);
  assert.equal(party.attribution.cue, 'stated');
  assert.match(party.attribution.source ?? '', /Ivo Marsh/);
});

test('after a quotation and its comma, the quotation is the content even when a listener follows the cue', () => {
  const [item] = attributionsOf('“The pumps failed twice,” the retired engineer told the Karsk Herald that week.');
  const { contentSpan } = item.attribution;
  assert.equal(item.text.slice(contentSpan!.start, contentSpan!.end), '“The pumps failed twice,”');
});

test('a title-case headline verb reports; a name with "Says" in running text does not', () => {
  const [headline] = findAttributions('Karsk Harbour Chief Warns Ferry Strike Will Spread');
  assert.deepEqual([headline?.source, headline?.cue], ['Karsk Harbour Chief', 'Warns']);
  assert.deepEqual(findAttributions('She hosts Karsk Says Hello on the local radio station every week.'), []);
});

test('a reporting participle after a dash or comma reports for the subject that opens the sentence', () => {
  const [dash, comma] = attributionsOf(
    'Mayor Lena Halvorsen changed her plan on the spot – saying the ferry would run all night. The harbour union walked out on Friday, denouncing the new rota as unsafe.',
  );
  assert.deepEqual([dash.attribution.source, dash.attribution.cue], ['Mayor Lena Halvorsen', 'saying']);
  assert.deepEqual([comma.attribution.source, comma.attribution.cue], ['The harbour union', 'denouncing']);
  // An act, not a report: no proposition follows the participle.
  assert.deepEqual(findAttributions('The bassist also appears in the second episode, showing Lena some chords on the organ.'), []);
});

test('a second report by the same speaker ends the first content; a report inside a content stays nested', () => {
  const [coordinate] = findAttributions('Halvorsen said the port was shut, adding that talks would resume on Monday.');
  assert.equal(coordinate.cue, 'said');
  const text = 'Halvorsen said the port was shut, adding that talks would resume on Monday.';
  assert.equal(text.slice(coordinate.contentSpan!.start, coordinate.contentSpan!.end), 'the port was shut');
  const outer = findAttributions('Officials said the port was shut, the Karsk Herald reported.');
  assert.deepEqual(
    outer.map((item) => item.source),
    ['the Karsk Herald', 'Officials'],
  );
});

test('a title or a label before a colon is no speaker; an interview\'s "Q:" and "A:" are', () => {
  for (const line of ['The Latest: Karsk ferry strike ends after two days', 'Question: What do you call a ferry with no crew?', 'Monday’s Morning Email: Karsk Votes On The Bridge']) {
    assert.deepEqual(findAttributions(line), [], line);
  }
  assert.equal(findAttributions('A: We waited three days for the ferry.')[0]?.source, 'A');
});

test('evidential phrases with no one behind them are the writer\'s voice with a cue: "is expected to", "seemed to"', () => {
  const [expected, seemed, place] = attributionsOf('The new ferry is expected to enter service in May. The mayor seemed to relent after the vote. Mayor Lena Halvorsen appeared on the evening news.');
  assert.deepEqual([expected.attribution.kind, expected.attribution.cue, expected.attribution.sourceSpan], ['author', 'is expected', null]);
  const content = expected.attribution.contentSpan!;
  assert.equal(expected.text.slice(content.start, content.end), 'The new ferry is expected to enter service in May');
  assert.deepEqual([seemed.attribution.kind, seemed.attribution.cue], ['author', 'seemed']);
  assert.equal(place.attribution.cue, null);
});

test('a verb after "and" or "but" shares the sentence subject; a relative pronoun may stand before adverbs', () => {
  const [shared] = findAttributions('But the harbour master praised the crews and later described the storm as the worst in years.').filter((item) => item.cue === 'described');
  assert.deepEqual([shared?.source, shared?.rule], ['the harbour master', 'shared-subject']);
  const [relative] = findAttributions('The mayor, who has repeatedly said the port is safe, resigned on Friday.');
  assert.deepEqual([relative?.cue, relative?.source], ['said', 'The mayor']);
});

test('a report whose source opens the clause another source reports is nested in it: "Halvorsen said Duffy had admitted the error"', () => {
  const [claim] = attributionsOf('Halvorsen said Duffy had admitted the error.');
  assert.equal(claim.attribution.source, 'Halvorsen');
  assert.deepEqual(
    claim.attribution.chain.map((level) => [level.source, level.cue, level.nested ?? false]),
    [
      ['Halvorsen', 'said', false],
      ['Duffy', 'admitted', true],
    ],
  );
  // A second report beside the first is not inside it.
  assert.ok(findAttributions('Halvorsen said the port was shut, adding that talks would resume.').every((item) => !item.embedded));
});

test('a frame after its content reports even with a verb that is a noun or an act elsewhere: "..., the paper states."', () => {
  const [paper] = findAttributions('The harbour will need dredging within five years, the paper states.');
  assert.deepEqual([paper?.source, paper?.cue], ['the paper', 'states']);
  const [ministry] = findAttributions('Ferry fares will fall next spring, the ministry declared on Monday.');
  assert.deepEqual([ministry?.source, ministry?.cue], ['the ministry', 'declared']);
  assert.deepEqual(findAttributions('The province declared a state of emergency on Tuesday.'), []);
  assert.deepEqual(findAttributions('The new ferry links Karsk with the United States.'), []);
});

test('a participle after a comma inside the closing quotation mark reports for the last source outside quotations', () => {
  const text = 'Halvorsen insisted that the port was “open for business,” adding that the strike would end soon.';
  const adding = findAttributions(text).find((item) => item.cue === 'adding');
  assert.equal(adding?.source, 'Halvorsen');
  assert.equal(text.slice(adding!.contentSpan!.start, adding!.contentSpan!.end), 'the strike would end soon');
});

test('"Asked whether ..." is the question put to someone: a cue with no one named behind it, never above the named source', () => {
  const text = 'Asked whether she would run again, the harbour master said she had not decided.';
  const [claim] = attributionsOf(text);
  assert.deepEqual([claim.attribution.source, claim.attribution.cue], ['the harbour master', 'said']);
  const asked = findAttributions(text).find((item) => item.cue === 'Asked');
  assert.deepEqual([asked?.kind, asked?.sourceless, asked?.rule], ['author', true, 'asked-question']);
  assert.equal(text.slice(asked!.contentSpan!.start, asked!.contentSpan!.end), 'whether she would run again');
  const byReporter = findAttributions('When asked by a reporter whether the ferry was safe, Halvorsen said it was.').find((item) => item.cue === 'asked');
  assert.equal(byReporter?.source, 'a reporter');
  // An act of asking for something is no question; someone named who asks is the source.
  assert.ok(findAttributions('Halvorsen asked the crew to stay on board.').every((item) => item.rule !== 'asked-question'));
  const captain = findAttributions('In an aside, Lena Sorvik, the ferry captain, asked Duffy who he thought would win.').find((item) => item.cue === 'asked');
  assert.equal(captain?.source, 'Lena Sorvik');
});

test('a title keeps its period inside a source: "Mr. Duffy, the harbour master, said"', () => {
  const [item] = findAttributions('“The port is shut,” Mr. Duffy, the harbour master, said on Tuesday.');
  assert.equal(item?.source, 'Mr. Duffy');
});

test('after a name and its appositive the name is the source, never the listener or the clause after the cue', () => {
  const [told] = findAttributions('“The port is shut,” Duffy, a former pilot, told Karsk Radio on Tuesday.');
  assert.deepEqual([told?.source, told?.cue], ['Duffy', 'told']);
  const [says] = findAttributions('Lena Sorvik, a ferry captain from Arden, says Duffy will resign.');
  assert.deepEqual([says?.source, says?.cue], ['Lena Sorvik', 'says']);
  // A frame after the content still takes the source that follows it.
  const [inverted] = findAttributions('The vote is off, said Ana Kessel, the minister.');
  assert.equal(inverted?.source, 'Ana Kessel');
});

test('the subject after a fronted phrase shares its later reports; a verb and its object are no source', () => {
  const said = findAttributions('Asked on Monday whether Duffy would stay, Kessel shook her head and said, “No.”').find((item) => item.cue === 'said');
  assert.deepEqual([said?.source, said?.rule], ['Kessel', 'shared-subject']);
  const claiming = findAttributions('Speaking in Arden on Friday, Kessel insisted that the port “is open,” claiming that the strike was over.').find((item) => item.cue === 'claiming');
  assert.equal(claiming?.source, 'Kessel');
});

test('a frame set off by commas is not inside the content it frames; a name "known as" is no report', () => {
  const levels = findAttributions('The documents indicate, he said in a telephone interview, that the port was shut.');
  assert.ok(levels.some((item) => item.cue === 'said' && !item.embedded));
  assert.deepEqual(findAttributions('Kessel won the string of contests known as Harbour Week.'), []);
});

test('a poll or survey that opens the sentence is the source of what follows: "In a Harbour Times poll released Monday, ..."', () => {
  const text = 'In a Harbour Times poll released Monday, 52 percent of respondents chose Kessel.';
  const [poll] = findAttributions(text);
  assert.deepEqual([poll?.cue, poll?.source, poll?.kind, poll?.rule], ['In', 'a Harbour Times poll', 'named', 'in-poll']);
  assert.equal(text.slice(poll!.contentSpan!.start, poll!.contentSpan!.end), '52 percent of respondents chose Kessel');
  assert.deepEqual(findAttributions('In five states going to the polls, turnout rose.'), []);
});

test("two apostrophes quote like a double quotation mark: a report inside ''...'' is nested in the quoted speaker's words", () => {
  const text = "''We think the ferry will run,'' Halvorsen said.";
  const levels = findAttributions(text);
  assert.deepEqual(
    levels.map((item) => [item.source, item.cue, item.quoted]),
    [['Halvorsen', 'said', false]],
  );
  assert.equal(text.slice(levels[0].contentSpan!.start, levels[0].contentSpan!.end), "''We think the ferry will run,''");
});

test('content boundaries: a participle governs what follows it; a clause after "said" is its content; a final frame takes the clause before', () => {
  const slice = (text: string, cue: string) => {
    const item = findAttributions(text).find((level) => level.cue === cue);
    return item?.contentSpan ? text.slice(item.contentSpan.start, item.contentSpan.end) : null;
  };
  assert.equal(slice('“He stands for the crews,” Anderson said, adding that Duffy is trustworthy.', 'adding'), 'Duffy is trustworthy');
  assert.equal(slice('Sunday on the “Morning Show,” Rep. Ana Kessel said the port had reopened after the strike.', 'said'), 'the port had reopened after the strike');
  assert.equal(slice('“It was nice,” Kessel said Tuesday.', 'said'), '“It was nice,”');
  assert.equal(slice('“We won,” Kessel said as she left the hall.', 'said'), '“We won,”');
  assert.equal(slice('Most of the money arrived in February, new fundraising reports show.', 'show'), 'Most of the money arrived in February');
});

test('a name set off by commas after a description is the source: "The head of the union, Lena Sorvik, praised ..."', () => {
  const [item] = findAttributions('The head of the largest harbour union backing the strike, Lena Sorvik, praised the efforts of the crews.');
  assert.deepEqual([item?.source, item?.cue], ['Lena Sorvik', 'praised']);
});

test('a quotation after a comma is a proposition: "He continued, “...”" reports, "he continued his tour" does not', () => {
  const [item] = findAttributions('Halvorsen continued, “The crews deserve better.”');
  assert.deepEqual([item?.source, item?.cue], ['Halvorsen', 'continued']);
  assert.deepEqual(findAttributions('Halvorsen continued her tour of the harbour.'), []);
});

test('the cue classifier reads phrasal cues and nouns of saying: "made it clear", "Kessel\'s assertion that", "issued a warning that"', () => {
  const [clear] = findAttributions('Ana Kessel made it clear that the ferries would not sail before spring.', undefined, { model: cueModel() });
  assert.deepEqual([clear.cue, clear.source, clear.kind], ['made it clear', 'Ana Kessel', 'named']);
  assert.equal(
    clear.contentSpan && 'Ana Kessel made it clear that the ferries would not sail before spring.'.slice(clear.contentSpan.start, clear.contentSpan.end),
    'the ferries would not sail before spring',
  );
  const [assertion] = findAttributions("Kessel's assertion that the ferries were safe drew laughter in the hall.", undefined, { model: cueModel() });
  assert.deepEqual([assertion.cue, assertion.source], ['assertion', "Kessel's"]);
  const [warning] = findAttributions('The ministry issued a warning that the dam could fail within days.', undefined, { model: cueModel() });
  assert.deepEqual([warning.cue, warning.source], ['warning', 'The ministry']);
  const [criticism] = findAttributions('Her criticism of the dredging plan was that it ignored the fishermen.', undefined, { model: cueModel() });
  assert.deepEqual([criticism.cue, criticism.source], ['criticism', 'Her']);
});

test('the cue classifier reads verbs of holding a view: "sees the deal as", "considered the offer"', () => {
  const [sees] = findAttributions('The union leader sees the deal as a trap for the dockers.', undefined, { model: cueModel() });
  assert.deepEqual([sees.cue, sees.source], ['sees', 'The union leader']);
  const [considered] = findAttributions('Halvorsen considered the offer an insult to the crews.', undefined, { model: cueModel() });
  assert.deepEqual([considered.cue, considered.source], ['considered', 'Halvorsen']);
});

test('the cue classifier keeps to reporting: acts, stances and a described noun are no cues', () => {
  for (const sentence of [
    'The union pushed the authority to reopen talks.',
    'Halvorsen sought to mediate between the crews and the owners.',
    'The governor declared a state of emergency on Monday.',
    'Their support for the dredging plan surprised the council.',
    'The Sellan Post, a known critic of the mayor, ran the story on Monday.',
  ]) {
    assert.deepEqual(findAttributions(sentence, undefined, { model: cueModel() }), [], sentence);
  }
  // Without the classifier, the rules alone: the phrase is left unread.
  assert.deepEqual(findAttributions('Ana Kessel made it clear that the ferries would not sail.', undefined, {}), []);
});

test("a report inside another report's content is nested in it; a rule's cue outranks a classifier's", () => {
  const [said, complained] = findAttributions('Kessel said the crews, who have complained about the pumps, would be paid.', undefined, { model: cueModel() });
  assert.deepEqual([said.cue, said.embedded], ['said', undefined]);
  assert.deepEqual([complained.cue, complained.embedded], ['complained', true]);
  // Without the nesting classifier the relative clause's report stands beside the outer one.
  const [, beside] = findAttributions('Kessel said the crews, who have complained about the pumps, would be paid.', undefined, { model: { ...cueModel(), nested: undefined } });
  assert.equal(beside.embedded, undefined);
  const [by] = attributionsOf('Mayor Lena Halvorsen closed her speech by saying the port would reopen.');
  assert.equal(by.attribution.cue, 'saying');
});

test('the cue classifier scores a word from its compiled weights exactly as the sum of its written-out features', () => {
  const weights = { bias: -1, 'w praise': 2, 'p1w his praise': 0.5, 'wn1n2 praise for the': 0.25, 'p2p1w and his praise': 0.125, 'wsource:true praise': 0.3, 'quoted:false': 0.1, 'n1 for': 0.05 };
  const tokens = tokenize('Kessel and his praise for the crews');
  const context = { quoted: false, ruleCue: 'none', sourceBefore: true, possessor: true, subject: true, inContent: false, near: 'none' } as const;
  const features = cueFeatures(tokens, 3, context);
  const expected = features.reduce((sum, feature) => sum + ((weights as Record<string, number>)[feature] ?? 0), 0);
  assert.equal(expected, -1 + 2 + 0.5 + 0.25 + 0.125 + 0.3 + 0.1 + 0.05);
  assert.ok(Math.abs(cueWordScore(compileWeights(weights), tokens, 3, context) - expected) < 1e-9);
});

test('a classifier cue takes a plural noun after the comma as its source, and the opening subject only with a proposition after it', () => {
  const [found] = findAttributions('Velmar Steel’s revenue was 5 billion crowns in 2022, auditors found.', undefined, { model: cueModel() });
  assert.notEqual(found?.source, 'Velmar Steel’s');
  assert.deepEqual(findAttributions('The ferry timetable changed again this spring without a word of warning to anyone.', undefined, { model: cueModel() }), []);
});

/** The rules' reading of one sentence, without the cue classifier: [cue, source] of each level. */
const rulesOf = (sentence: string) => findAttributions(sentence, undefined, {}).map((item) => [item.cue, item.kind === 'author' && item.sourceless ? '' : item.source]);

test('"report", "show", "note" after "did", a modal or before "that" are verbs whatever their subject', () => {
  assert.deepEqual(rulesOf("Only, the Karsk Herald didn't report that the ferry had sunk."), [['report', 'the Karsk Herald']]);
  assert.deepEqual(rulesOf('He declined to name anyone, nor did he report that the pumps had failed.')[1], ['report', 'he']);
  // Who made the files stands after "from"; the rules take the name.
  assert.deepEqual(rulesOf('Audit files from Orlen Freight show that four accounts searched the records.'), [['show', 'Orlen Freight']]);
  // "a TV show", "the harbour report" stay nouns.
  assert.deepEqual(rulesOf('Kessel watched the Arden show on Friday.'), []);
});

test('a possessor or a number before a describing noun opens a source: "Kessel\'s team thinks", "One strategist described"', () => {
  assert.deepEqual(rulesOf("Kessel's team thinks the harbour vote can still be won."), [['thinks', "Kessel's team"]]);
  assert.deepEqual(rulesOf('One strategist described the race as a dirt path.'), [['described', 'One strategist']]);
  // "one of the things worrying them" is a noun and its participle, no one speaking.
  assert.deepEqual(
    rulesOf('It is one of the things worrying them.').filter(([cue]) => cue === 'worrying'),
    [],
  );
});

test('a clause split off with "but" or "and" shares its sentence\'s subject: "She defended the charity, but admitted ..."', () => {
  const claims = attributionsOf('Ana Kessel defended the harbour charity against the attacks, but admitted “one or two lapses” in its accounts.');
  const admitted = claims.find((item) => item.attribution.cue === 'admitted');
  assert.ok(admitted, 'the clause after "but" keeps its cue');
  assert.equal(admitted.attribution.source, 'Ana Kessel');
  const { sourceSpan } = admitted.attribution;
  assert.equal(admitted.text.slice(sourceSpan!.start, sourceSpan!.end), 'Ana Kessel');
});

test('"as" frames: "As the Harbour Times reported, ...", "..., as one Arden official put it", "As reported by X,"', () => {
  const [reported] = findAttributions('As the Harbour Times reported on Monday, the Orlen dock closed for repairs.', undefined, {});
  assert.deepEqual([reported.cue, reported.source, reported.rule], ['reported', 'the Harbour Times', 'as-frame']);
  const text = 'The port will reopen next spring, as one Arden official put it.';
  const [put] = findAttributions(text, undefined, {});
  assert.deepEqual([put.cue, put.source, text.slice(put.contentSpan!.start, put.contentSpan!.end)], ['put it', 'one Arden official', 'The port will reopen next spring']);
  const [by] = findAttributions('As reported by the Sellan Evening Post, the mayor resigned.', undefined, {});
  assert.deepEqual([by.cue, by.source], ['reported', 'the Sellan Evening Post']);
  const [aside] = findAttributions('Or, as Tova Ridge, a former harbour master, put it: “The gulls are inside.”', undefined, {});
  assert.deepEqual([aside.cue, aside.source], ['put it', 'Tova Ridge, a former harbour master']);
  // "as" of time or manner, with an object after the verb, frames nothing.
  assert.ok(findAttributions('The council voted as he urged members to unite.', undefined, {}).every((item) => item.rule !== 'as-frame'));
});

test('a sentence inside a quotation that began in an earlier sentence is quoted: "You know", "I think" are the speaker\'s', () => {
  const claims = attributionsOf('Ana Kessel spoke at the dock. “We will rebuild the pier. I think we can rally the whole town. You know, the tide turns,” Kessel said.');
  const think = claims.find((item) => /I think/.test(item.claim.text));
  assert.ok(think);
  // "I" inside the quotation is Kessel, not the writer: no author level of its own.
  assert.ok(attributionLevels(think.attribution).every((level) => !(level.cue === 'think' && level.kind === 'author' && !level.nested)));
  // A unit that starts inside a quotation: the closing mark opens nothing, so the frame after it is not quoted.
  const [said] = findAttributions("but he has an air of real self-confidence,'' Mr. Bruno said.", undefined, {});
  assert.deepEqual([said.cue, said.source, said.quoted], ['said', 'Mr. Bruno', false]);
  const [mixed] = findAttributions('"We won,” Kessel said.', undefined, {});
  assert.deepEqual([mixed.cue, mixed.quoted], ['said', false]);
});

test('speaker labels before a colon: a title, office words, a party in brackets, an opening quotation mark', () => {
  assert.deepEqual(rulesOf('Rep. Tova Brandt (D-Arden): "I have not heard that figure."'), [[':', 'Rep. Tova Brandt (D-Arden)']]);
  assert.deepEqual(rulesOf('Former secretary of state Ana Kessel: "We learned that from the harbour office."'), [[':', 'Former secretary of state Ana Kessel']]);
  const [turn] = findAttributions('“Lena Sorvik: Seriously, the bridge is closed.', undefined, {});
  assert.deepEqual([turn.source, turn.quoted], ['Lena Sorvik', false]);
  assert.deepEqual(rulesOf('Breaking news: The dock closed.'), []);
  assert.deepEqual(rulesOf('Photo: Lena Sorvik'), []);
});

test('a capitalised word in -ly is a name ("Kelly said"), a demonym before a plural noun heads a source ("Karskian traders say")', () => {
  assert.deepEqual(rulesOf('Kelly said she asked for the interview.')[0], ['said', 'Kelly']);
  assert.deepEqual(rulesOf('In the free-trade zone, Karskian traders also say business is poor.'), [['say', 'Karskian traders']]);
});

test('a curly quotation closed by a straight mark, "according to" inside a that-clause, a report joined by "nor"', () => {
  const [said] = findAttributions('“If the test holds, the pier is lost," he said.', undefined, {});
  assert.deepEqual([said.cue, said.quoted], ['said', false]);
  const text = 'The Karsk Herald reported that, according to an analysis of the logs, 85 of the 154 ferries were late.';
  const levels = findAttributions(text, undefined, {});
  const reported = levels.find((item) => item.cue === 'reported');
  const according = levels.find((item) => item.cue === 'according to');
  assert.equal(reported?.embedded, undefined);
  assert.equal(text.slice(according!.contentSpan!.start, according!.contentSpan!.end), '85 of the 154 ferries were late');
  const nor = findAttributions('He declined to name the pilots, nor did he report that any ferry had been fined.', undefined, { model: cueModel() }).find((item) => item.cue === 'report');
  assert.equal(nor?.embedded, undefined);
});

test('a frame after the content names its source after a lower-case title or a quantifier; a hyphenated participle describes', () => {
  assert.deepEqual(rulesOf('Arden has more pull through its ferries, says political scientist Dossym Sarkan.'), [['says', 'political scientist Dossym Sarkan']]);
  assert.deepEqual(rulesOf('A calmer harbour may not be such a bad thing, say some residents.'), [['say', 'some residents']]);
  assert.deepEqual(rulesOf('The self-described harbour socialist said he would win the vote.'), [['said', 'The self-described harbour socialist']]);
});

test('a noun of saying after a possessive name reports for it when what is said follows: "Kessel’s call for", "Arden’s fear is that"', () => {
  assert.deepEqual(rulesOf('Other council members joined Kessel’s call for a recount.'), [['call', 'Kessel’s']]);
  assert.deepEqual(rulesOf('Arden’s fear is that the pier will fall.'), [['fear', 'Arden’s']]);
  // A possessive pronoun is left to the cue classifier.
  assert.deepEqual(rulesOf('Their fear is that the pier will fall.'), []);
  assert.deepEqual(rulesOf("A second place would bolster Mr. Duffy's claim to be the strongest rival."), [['claim', "Mr. Duffy's"]]);
  // A speech, a plan or support is no report by itself.
  assert.deepEqual(rulesOf('His speech in Arden drew crowds.'), []);
  assert.deepEqual(rulesOf("The council's plan for the pier was dropped."), []);
});
