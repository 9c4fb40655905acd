/**
 * A news hedge test set this project wrote (fictional sentences, real-world shapes): each sentence
 * with the hedge cues a careful reader marks, as lower-case words that each found cue must contain
 * or be contained in. Covers epistemic modals and their deontic, negated and ability uses, estimation,
 * doubt, approximators and scope, negated belief and deliberation ("being considered by").
 */
export interface HedgeCase {
  text: string;
  cues: string[];
}

export const NEWS_HEDGE_CASES: HedgeCase[] = [
  // epistemic modals
  { text: 'The strike could delay the wheat harvest in Orlen by a month.', cues: ['could'] },
  { text: 'Analysts said fares could rise again before the winter timetable.', cues: ['could'] },
  { text: 'The Varda dam could fail if the rain continues, engineers warned.', cues: ['could', 'if'] },
  { text: 'The vote on the harbour levy could be delayed until spring.', cues: ['could be'] },
  { text: 'The new bridge over the Tessel might open before the elections.', cues: ['might'] },
  { text: 'The council may raise bus fares again in March.', cues: ['may'] },
  { text: 'The ruling may not survive an appeal to the high court.', cues: ['may'] },
  { text: 'The fire may have started in the bakery’s storeroom, the brigade said.', cues: ['may have'] },
  { text: 'A second shipment might already be on its way to Port Anvel.', cues: ['might'] },
  { text: 'The merger could cost the town up to 300 jobs.', cues: ['could', 'up to'] },
  // not hedges: deontic, negated, ability, month
  { text: 'Visitors may not enter the quarry after dark.', cues: [] },
  { text: 'Residents may apply for the grant until Friday.', cues: [] },
  { text: 'The mayor could not attend the opening of the library.', cues: [] },
  { text: 'From the tower the guards could see the whole valley.', cues: [] },
  { text: 'The festival returns to Kessin in May with forty stalls.', cues: [] },
  { text: 'The workers could only watch as the roof gave way.', cues: [] },
  { text: 'Members may vote by post if they live abroad.', cues: ['if'] },
  // estimation
  { text: 'About forty families are estimated to have left the valley since the flood.', cues: ['about', 'estimated to have'] },
  { text: 'The smuggler is believed to be hiding in the hills above Dorn.', cues: ['believed to be'] },
  { text: 'The ring is thought to have moved more than a tonne of copper.', cues: ['thought to have'] },
  { text: 'An estimated 3,000 households lost power in the storm.', cues: ['an estimated'] },
  { text: 'The missing painting is said to be worth a fortune.', cues: ['said to be'] },
  // doubt
  { text: 'It’s doubtful that the ferry will run this season.', cues: ['doubtful'] },
  { text: 'It is unclear whether the talks in Velm will resume.', cues: ['unclear whether'] },
  { text: 'Whether the ceasefire holds remains to be seen.', cues: ['whether', 'remains to be seen'] },
  { text: 'There is no doubt that the canal was built in the 1890s.', cues: [] },
  { text: 'The club’s future is in doubt after the sponsor withdrew.', cues: ['in doubt'] },
  // approximators and scope
  { text: 'Roughly 2,400 runners finished the Kessin marathon.', cues: ['roughly'] },
  { text: 'Some 12,000 tickets were sold in the first hour.', cues: ['some'] },
  { text: 'Nearly half of the stalls stayed shut on Monday.', cues: ['nearly'] },
  { text: 'The new plan is roughly what the mayor promised last year.', cues: ['roughly'] },
  { text: 'The delays were caused in part by the strike at the depot.', cues: ['in part'] },
  { text: 'Some residents of Orlen said they had not been warned.', cues: [] },
  { text: 'The report runs to about 80 pages.', cues: ['about'] },
  { text: 'She wrote a book about the harbour strike.', cues: [] },
  // negated belief and deliberation
  { text: 'The coach didn’t think the team would reach the final.', cues: [] },
  { text: 'I do not believe the numbers add up.', cues: [] },
  { text: 'The appeal is being considered by the Court.', cues: [] },
  { text: 'The committee considered the proposal on Tuesday.', cues: [] },
  { text: 'Carr is widely considered the finest bridge builder of her generation.', cues: ['considered'] },
  // belief, appearance, attribution of doubt
  { text: 'The leak appears to have started at the valve.', cues: ['appears to'] },
  { text: 'The company reportedly paid the fine in cash.', cues: ['reportedly'] },
  { text: 'The so-called rescue plan was never published.', cues: ['so-called'] },
  { text: 'Police said the driver was probably asleep.', cues: ['probably'] },
  { text: 'Perhaps the money was never sent.', cues: ['perhaps'] },
  { text: 'The minister said the bridge would open in June.', cues: [] },
  { text: 'The bakery reopened on Tuesday after repairs.', cues: [] },
  { text: 'Ticket sales fell by 12 percent in the third quarter.', cues: [] },
  { text: 'Officials suspect the fire was set deliberately.', cues: ['suspect'] },
  { text: 'The new levy is likely to pass next week.', cues: ['likely'] },
];
