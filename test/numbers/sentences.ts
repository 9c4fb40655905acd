/**
 * The numbers test set: fictional sentences written here in the shapes real news takes, each with
 * the quantities a reader would list (value or range, unit, qualifier). An empty list means the
 * sentence holds no quantity: identifiers, codes, clock times, ordinals, years, durations, "one" as a
 * pronoun. No sentence is copied from any data set.
 */
import type { QuantityQualifier } from '../../src/core/annotations.js';

export interface ExpectedQuantity {
  value: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  qualifier: QuantityQualifier;
  /** The counted thing and its owner, checked when given. */
  of?: string;
  subject?: string;
}

export interface NumbersCase {
  group: string;
  text: string;
  expected: ExpectedQuantity[];
}

const q = (value: number | null, unit: string | null, qualifier: QuantityQualifier = 'exact', extra: Partial<ExpectedQuantity> = {}): ExpectedQuantity => ({ value, unit, qualifier, ...extra });
const r = (low: number, high: number, unit: string | null, qualifier: QuantityQualifier = 'exact', extra: Partial<ExpectedQuantity> = {}): ExpectedQuantity => ({
  value: null,
  low,
  high,
  unit,
  qualifier,
  ...extra,
});

const cases: Array<[string, string, ExpectedQuantity[]]> = [
  // Counts in digits and words, with the counted noun.
  ['count', 'The storm flattened 412 greenhouses across the Varn valley.', [q(412, 'greenhouses')]],
  ['count', 'Police in Morrow detained 1,250 demonstrators on the bridge.', [q(1250, 'demonstrators')]],
  ['count', 'The cooperative planted eight thousand olive trees last season.', [q(8000, 'trees')]],
  ['count', 'Twenty-six Keldish pilgrims were stranded at the border post.', [q(26, 'pilgrims')]],
  ['count', 'The ministry ordered 36 patrol boats and four helicopters.', [q(36, 'boats'), q(4, 'helicopters')]],
  ['count', 'Some 3,400 households in Ostrava Point lost power.', [q(3400, 'households', 'approximate')]],
  ['count', 'One hundred and five lawmakers signed the Tallis letter.', [q(105, 'lawmakers')]],
  ['count', 'A dozen reporters waited outside the Hallam court.', [q(12, 'reporters')]],
  ['count', 'Half a million commuters use the Brenna line each week.', [q(500000, 'commuters')]],
  ['count', 'The agency counted 2.3 million visitors at the Sorrel fair.', [q(2.3e6, 'visitors')]],
  ['count', 'Only one ferry was still running from Port Aske.', [q(1, 'ferry')]],
  ['count', 'The fire destroyed 17 homes and damaged 40 others.', [q(17, 'homes'), q(40, 'others')]],
  ['count', 'Inspectors found 250,000 counterfeit pills in the Dunmore depot.', [q(250000, 'pills')]],
  ['count', 'Nearly 8,000 volunteers joined the Kesh militia, officials said.', [q(8000, 'volunteers', 'approximate')]],
  ['count', 'The government put the number of displaced families at 12,500.', [q(12500, 'families')]],
  ['count', 'The death toll rose to 63 on Tuesday, the Veltan health ministry said.', [q(63, 'toll')]],
  ['count', 'The club sold 45,000 season tickets before the Aldgate derby.', [q(45000, 'tickets')]],
  ['count', 'Three Marrish diplomats were expelled from Corvel.', [q(3, 'diplomats')]],
  ['count', 'The survey reached 1 200 respondents in the Lune district.', [q(1200, 'respondents')]],
  ['count', 'Two hundred thousand people marched through Esker Square.', [q(200000, 'people')]],
  // Qualifiers.
  ['qualifier', 'At least 40 miners were trapped in the Garrow pit.', [q(40, 'miners', 'at_least')]],
  ['qualifier', 'More than 300 flights were cancelled at Hobb airport.', [q(300, 'flights', 'more_than')]],
  ['qualifier', 'Fewer than 20 trawlers still sail from Innis harbour.', [q(20, 'trawlers', 'less_than')]],
  ['qualifier', 'The depots held no more than 300 rifles, the colonel said.', [q(300, 'rifles', 'at_most')]],
  ['qualifier', 'Up to 1,500 jobs could go at the Merrow plant.', [q(1500, 'jobs', 'at_most')]],
  ['qualifier', 'No fewer than 12 ministers have resigned in Castellane.', [q(12, 'ministers', 'at_least')]],
  ['qualifier', 'Roughly 20,000 spectators filled the Darrow stadium.', [q(20000, 'spectators', 'approximate')]],
  ['qualifier', 'Around 900 students sat the Pell entrance exam.', [q(900, 'students', 'approximate')]],
  ['qualifier', 'Almost 70 percent of voters backed the Quill amendment.', [q(70, 'percent', 'approximate')]],
  ['qualifier', 'An estimated 4,000 sheep died in the Hanlow blizzard.', [q(4000, 'sheep', 'approximate')]],
  ['qualifier', 'Just under 600 nurses walked out at the Fenwick clinic.', [q(600, 'nurses', 'less_than')]],
  ['qualifier', 'Over eight thousand fighters crossed into Vessa, the report said.', [q(8000, 'fighters', 'more_than')]],
  ['qualifier', 'The convoy carried 300 or so refugees toward Brill.', [q(300, 'refugees', 'approximate')]],
  ['qualifier', 'Organisers expect 10,000-plus runners at the Ashby marathon.', [q(10000, 'runners', 'at_least')]],
  ['qualifier', 'Upwards of 2,000 cattle were moved off the flood plain.', [q(2000, 'cattle', 'more_than')]],
  ['qualifier', 'Close to 5,000 customers complained to the Orrin regulator.', [q(5000, 'customers', 'approximate')]],
  ['qualifier', 'In excess of 700 tonnes of grain rotted at Kell.', [q(700, 'tonnes', 'more_than')]],
  ['qualifier', 'Under 15 percent of the Harl budget goes to schools.', [q(15, 'percent', 'less_than')]],
  ['qualifier', 'A maximum of 80 delegates may attend the Ferrin summit.', [q(80, 'delegates', 'at_most')]],
  ['qualifier', 'Nearly half of the Dalby wells have run dry.', [q(0.5, 'fraction', 'approximate')]],
  // Vague counts.
  ['vague', 'Thousands of Corrish nationals queued at the embassy.', [q(null, 'nationals', 'vague')]],
  ['vague', 'Several Tarn delegations walked out of the talks.', [q(null, 'delegations', 'vague')]],
  ['vague', 'Dozens of shops were looted in central Ebbing.', [q(null, 'shops', 'vague')]],
  ['vague', 'Tens of thousands of protesters filled the Orme boulevard.', [q(null, 'protesters', 'vague')]],
  ['vague', 'Hundreds of migrants were rescued off the Sallow coast.', [q(null, 'migrants', 'vague')]],
  ['vague', 'Plenty of young Vellish volunteers signed up.', [q(null, 'volunteers', 'vague')]],
  // Money in every form.
  ['money', 'The 1.2-billion-yuan (US$171-million) telescope opened in Harnby.', [q(1.2e9, 'CNY'), q(171e6, 'USD')]],
  ['money', 'The regulator imposed a fine of $700m on Calder Bank.', [q(700e6, 'USD')]],
  ['money', 'Orrin Water was fined £3bn over the Tamsey leaks.', [q(3e9, 'GBP')]],
  ['money', 'The bridge will cost €450 million, the Lisk council said.', [q(450e6, 'EUR')]],
  ['money', 'Investors lost $2.5 billion when Merrick Capital collapsed.', [q(2.5e9, 'USD')]],
  ['money', 'The contract is worth 300 million euros to Dunnet Rail.', [q(300e6, 'EUR')]],
  ['money', 'Pellow paid US$45 million for the Grist mine.', [q(45e6, 'USD')]],
  ['money', 'The museum raised £374m from private donors.', [q(374e6, 'GBP')]],
  ['money', 'A 5-billion-rupee loan was approved for the Kaveri port.', [q(5e9, 'rupees')]],
  ['money', 'The firm booked a profit of ¥80bn in the year.', [q(80e9, 'JPY')]],
  ['money', 'Tickets cost $12 each at the Brenner gate.', [q(12, 'USD')]],
  ['money', 'The aid package totals nearly $1.2 trillion.', [q(1.2e12, 'USD', 'approximate')]],
  ['money', 'The city owes more than £60 million to Harl Construction.', [q(60e6, 'GBP', 'more_than')]],
  ['money', 'The charity spent 2 million dollars on wells in Oskar province.', [q(2e6, 'USD')]],
  ['money', 'Each farmer receives 4,000 yuan a year under the Lin scheme.', [q(4000, 'CNY')]],
  ['money', 'Shares of Tovey Foods fell to $3.40 in early trading.', [q(3.4, 'USD')]],
  ['money', 'The ransom was set at $5m, a Kestrel official said.', [q(5e6, 'USD')]],
  ['money', 'Revenue reached C$1.1bn, the Saskin miner reported.', [q(1.1e9, 'CAD')]],
  ['money', 'Farm subsidies of about €2bn are under review in Velm.', [q(2e9, 'EUR', 'approximate')]],
  ['money', 'A $10,000 reward was offered for news of the Cray painting.', [q(10000, 'USD')]],
  // Percentages.
  ['percent', 'Unemployment in Norran fell to 4.2% in the spring.', [q(4.2, 'percent')]],
  ['percent', 'Turnout was 61 per cent, the Esk electoral board said.', [q(61, 'percent')]],
  ['percent', 'Bread prices rose by 12 percent in Harrowgate.', [q(12, 'percent')]],
  ['percent', 'The Dorran party won 38.5 percent of the vote.', [q(38.5, 'percent')]],
  ['percent', 'Rates climbed by half a percentage point to 3.75%.', [q(0.5, 'percentage points'), q(3.75, 'percent')]],
  ['percent', 'More than 90 percent of the Ashwood intact forest area lies in three provinces.', [q(90, 'percent', 'more_than', { of: 'Ashwood intact forest area' }), q(3, 'provinces')]],
  ['percent', 'Velco said its emissions dropped 6% last year.', [q(6, 'percent', 'exact', { of: 'emissions' })]],
  ['percent', "Microsoft's emissions rose by 30% between the two reports.", [q(30, 'percent', 'exact', { of: 'emissions', subject: 'Microsoft' }), q(2, 'reports')]],
  ['percent', "About 36.2 percent of the world's intact forest landscape area is in Norland.", [q(36.2, 'percent', 'approximate', { of: 'intact forest landscape area', subject: 'the world' })]],
  ['percent', 'Support for the Kell plan slipped to 44%.', [q(44, 'percent')]],
  // Ranges: one quantity with low and high.
  ['range', 'Freighters unloaded 500-600 metric tons of rice at Ostra.', [r(500, 600, 'tonnes')]],
  ['range', 'Between 10 and 20 percent of the Morrow crop was lost.', [r(10, 20, 'percent')]],
  ['range', 'The march drew 10 to 20 thousand people, police said.', [r(10000, 20000, 'people')]],
  ['range', 'Officials expect 1,000–1,500 pilgrims at the Fenn shrine.', [r(1000, 1500, 'pilgrims')]],
  ['range', 'The upgrade will cost $10-20 million, the Alder board said.', [r(10e6, 20e6, 'USD')]],
  ['range', 'Prices rose 3-4% in the Galt region.', [r(3, 4, 'percent')]],
  ['range', 'Between 200 and 300 soldiers were sent to Harrow Pass.', [r(200, 300, 'soldiers')]],
  ['range', 'The quake damaged some 40 to 50 schools in Lusk.', [r(40, 50, 'schools', 'approximate')]],
  ['range', 'Rescuers pulled 12-15 survivors from the Dell mine.', [r(12, 15, 'survivors')]],
  ['range', 'The study followed between 5,000 and 6,000 patients in Carran.', [r(5000, 6000, 'patients')]],
  ['range', 'A kilo of coffee now sells for £8 to £10 in Brisk.', [r(8, 10, 'GBP')]],
  ['range', 'The estate covers 300-400 hectares near Wendle.', [r(300, 400, 'hectares')]],
  ['range', 'Two to three hundred families were moved from the Ashby estate.', [r(200, 300, 'families')]],
  ['range', 'Between €3bn and €4bn is needed to rebuild the Varn dam.', [r(3e9, 4e9, 'EUR')]],
  // Fractions and ratios.
  ['fraction', 'Two-thirds of the Harl budget goes on salaries.', [q(2 / 3, 'fraction', 'exact', { of: 'Harl budget' })]],
  ['fraction', 'The new turbines use a third less fuel.', [q(1 / 3, 'fraction')]],
  ['fraction', 'Almost a tenth of Coldharbour residents lack running water.', [q(0.1, 'fraction', 'approximate')]],
  ['fraction', 'One in five Sarn containers is never inspected.', [q(0.2, 'fraction')]],
  ['fraction', 'A quarter of the Drey staff were laid off.', [q(0.25, 'fraction')]],
  ['fraction', 'Half of the Kittering ballots were spoiled.', [q(0.5, 'fraction')]],
  ['fraction', 'Three out of 10 Olm voters said they were undecided.', [q(0.3, 'fraction')]],
  ['fraction', 'Three-quarters of the Wyle fleet is grounded.', [q(0.75, 'fraction')]],
  ['fraction', 'One-third of the Ebb aid never arrived.', [q(1 / 3, 'fraction')]],
  ['fraction', 'Exports fell by a fifth after the Ravel embargo.', [q(0.2, 'fraction')]],
  ['fraction', 'Nearly one in three Haskel children is underweight.', [q(1 / 3, 'fraction', 'approximate')]],
  ['fraction', 'The Lorne reservoir is one and a half times its usual size.', [q(1.5, 'times')]],
  // Measures.
  ['measure', 'The convoy travelled 240 km from Ostra to Pell.', [q(240, 'km')]],
  ['measure', 'The wall in Dunmere rises 12 metres above the river.', [q(12, 'm')]],
  ['measure', 'Customs seized 90 kg of heroin at the Varn crossing.', [q(90, 'kg')]],
  ['measure', 'The spill released 3,000 barrels of crude near Kell.', [q(3000, 'barrels')]],
  ['measure', 'The new plant at Hask will produce 400 megawatts.', [q(400, 'MW')]],
  ['measure', 'Temperatures reached 44 degrees in Sollum on Monday.', [q(44, 'degrees')]],
  ['measure', 'The fire burned 12,000 hectares of the Brell forest.', [q(12000, 'hectares')]],
  ['measure', 'A 29km tunnel will link Arden and Lisk.', [q(29, 'km')]],
  // Negative numbers.
  ['negative', 'Growth in Tamsey was -0.4 percent in the last quarter.', [q(-0.4, 'percent')]],
  ['negative', 'Overnight lows fell to minus 12 degrees in Orme.', [q(-12, 'degrees')]],
  // Identifiers and codes: not quantities.
  ['identifier', 'Traffic on Interstate 405 stood still for hours.', []],
  ['identifier', 'Voters in Marlow rejected Prop. 13 in the referendum.', []],
  ['identifier', 'Resolution 3379 was revoked by the Corvel assembly.', []],
  ['identifier', 'Flight 217 landed safely at Brennan field.', []],
  ['identifier', 'The Dorran air force flies the F-16 and the MiG-29.', []],
  ['identifier', 'The rules are set out in Section 404 of the Kell code.', []],
  ['identifier', 'The minister lives at No. 10 in the Ashby quarter.', []],
  ['identifier', 'The Covid-19 ward at Harl General has closed.', []],
  ['identifier', 'Delegates met in Room 4B of the Senn building.', []],
  ['identifier', 'The G20 finance ministers met in Orrin.', []],
  ['identifier', 'The Apollo 11 replica stands in the Fenn museum.', []],
  ['identifier', 'She was ranked the number one seed at the Pell open.', []],
  // Chemical formulas.
  ['formula', 'CO2 levels at the Harlow station hit a record.', []],
  ['formula', 'Fine dust (PM2.5) and NO2 readings in Lusk worried doctors.', []],
  ['formula', 'The plant stores H2O2 and CH4 on site.', []],
  // Clock times.
  ['clock', 'The blast happened at 3:15 PM near the Orme market.', []],
  ['clock', 'The vote closes at 10 a.m. on the island.', []],
  ['clock', 'The curfew starts at 9.30pm in Wessel.', []],
  ['clock', 'The Kell ferry leaves at five o’clock sharp.', []],
  // Ordinals.
  ['ordinal', 'The Brell team reached the 16th round for the first time.', []],
  ['ordinal', 'She finished 2nd in the Aske regatta.', []],
  ['ordinal', 'It was the third attack on the Velm pipeline.', []],
  // Years and year ranges.
  ['year', 'The Harl treaty was signed in 1975.', []],
  ['year', 'Sales slumped in the 2011-12 season at Dunmore.', []],
  ['year', 'The Norran plan runs from 2019 to 2024.', []],
  ['year', 'Back in 2020, the Kesh mayor promised a new bridge.', []],
  ['year', 'The 1982 battle for Sorrel is still taught in schools.', []],
  ['year', 'Wages at Ebbing barely moved in the 1990s.', []],
  ['year', 'Tallis won the 2024 elections by a wide margin.', []],
  ['year', 'The pact covers the 2025-2030 budget period.', []],
  ['year', 'The Lorne plant has been running since 1947.', []],
  // Dates.
  ['date', 'The Corvel strike began on April 22.', []],
  ['date', 'Talks resumed on 16 November in Marrow.', []],
  ['date', 'The border closed on Oct. 7 after the raid.', []],
  // Durations are times, not quantities.
  ['duration', 'The Harl talks lasted three years.', []],
  ['duration', 'The Kell strike ended six months later.', []],
  ['duration', 'A 6-year-old boy was found safe in Brisk.', []],
  ['duration', 'The Orme bridge will be closed for 48 hours.', []],
  ['duration', 'The tenants had waited two decades for repairs.', []],
  ['duration', 'Ferries ran late for a week after the Sarn storm.', []],
  // "one" as a pronoun or determiner.
  ['one', 'It was one of the worst floods in Velm history.', []],
  ['one', 'No one answered the phone at the Tarn office.', []],
  ['one', 'One day the Ashby mill simply closed.', []],
  ['one', 'The mayor said the new bridge is the one that matters.', []],
  ['one', 'The two rivals congratulated one another in Pell.', [q(2, 'rivals')]],
  ['one', 'At one point the crowd surged toward the Kell gate.', []],
  // Names with zero.
  ['zero', 'Dorran aims to reach net zero by 2045.', []],
  ['zero', 'The Kesh police promised zero tolerance for looting.', []],
  ['zero', 'Rescuers worked at ground zero in central Lusk.', []],
  // Mixed sentences.
  ['mixed', 'The Velm council approved 14 new schools and €120 million in grants on Oct. 3.', [q(14, 'schools'), q(120e6, 'EUR')]],
  ['mixed', 'At 3:15 PM, 200 workers left the Harl plant on Route 9.', [q(200, 'workers')]],
  ['mixed', 'In 2019, 35 Sarn reporters were jailed, the group said.', [q(35, 'reporters')]],
  ['mixed', 'The 2011-12 drought killed 1.5 million cattle across Ostra.', [q(1.5e6, 'cattle')]],
  ['mixed', 'One of the 12 defendants was acquitted in Brill.', [q(12, 'defendants')]],
  ['mixed', 'Interstate 80 carries about 50,000 trucks a day.', [q(50000, 'trucks', 'approximate')]],
  ['mixed', 'Revenue rose from $40m to $55m after two years of cuts.', [q(40e6, 'USD'), q(55e6, 'USD')]],
  ['mixed', 'The plan cuts CO2 output by a third within a decade.', [q(1 / 3, 'fraction')]],
  ['mixed', 'The 16th Harl congress elected 300 delegates in 2024.', [q(300, 'delegates')]],
  ['mixed', 'Ten years ago, 40% of Kesh homes had no electricity.', [q(40, 'percent')]],
  // Harder shapes, written after the grammar.
  ['money', 'Hallam Energy agreed to a $1.3bn takeover of Rill Power.', [q(1.3e9, 'USD')]],
  ['money', 'The Ebb council set aside Rs 45 crore for the flood wall.', [q(45e7, 'INR')]],
  ['money', 'Gold traded at $2,310 an ounce in Pellow.', [q(2310, 'USD')]],
  ['money', 'The club paid a record £85-million fee for the Velm striker.', [q(85e6, 'GBP')]],
  ['range', 'The Orme fire forced 3,000 to 4,000 residents to flee.', [r(3000, 4000, 'residents')]],
  ['range', 'Rents rose by between 8% and 11% in Castellane.', [r(8, 11, 'percent')]],
  ['range', 'A Sarn study put the cost at €2-3 billion.', [r(2e9, 3e9, 'EUR')]],
  ['count', 'The Dunmore flotilla of 14 vessels reached Kell on Sunday.', [q(14, 'vessels')]],
  ['count', 'Seven of the 11 Ashby councillors voted against the plan.', [q(7, null), q(11, 'councillors')]],
  ['count', 'A Vessa court jailed 27 officers and acquitted 3.', [q(27, 'officers'), q(3, null)]],
  ['percent', 'Inflation in Brenna eased to 2.9% in May from 3.4% in April.', [q(2.9, 'percent'), q(3.4, 'percent')]],
  ['percent', 'Harl Bank shares jumped 18 per cent on the news.', [q(18, 'percent')]],
  ['fraction', 'Roughly two-fifths of Lune households rent their homes.', [q(0.4, 'fraction', 'approximate')]],
  ['identifier', 'The Kesh assembly passed Bill 96 on language.', []],
  ['identifier', 'Troops from the 82nd Airborne landed near Orrin.', []],
  ['clock', 'The shooting began at 11:40 and ended at 12:05.', []],
  ['year', 'Output in fiscal 2023 matched the 2019 level.', []],
  ['duration', 'The Dell mine has been shut for 18 months.', []],
  ['one', 'One after another, the Varn banks closed their doors.', []],
  ['ordinal', 'The Dell striker is chasing a ninth straight win for Harl.', []],
  ['fraction', 'The Kell levy was cut by a third.', [q(1 / 3, 'fraction')]],
  ['identifier', 'Seeds: Orrin (1), Vessa (4), Brill, Tarn.', []],
  ['one', 'Two bids arrived, one from Velco and the other from Harl Rail.', [q(2, 'bids')]],
  ['mixed', 'At 9:30 a.m. on June 3, 2024, about 1,200 Tarn workers began a 48-hour strike.', [q(1200, 'workers', 'approximate')]],
];

export const NUMBERS_CASES: NumbersCase[] = cases.map(([group, text, expected]) => ({ group, text, expected }));
