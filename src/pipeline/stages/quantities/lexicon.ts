/** The English words the quantity grammar reads: currencies, units, qualifiers, identifier nouns. Data only. */
import type { QuantityQualifier } from '../../../core/annotations.js';

/** Currency signs and codes written before a number, with their ISO code: "US$171", "£3bn", "Rs 500". */
export const CURRENCY_SIGNS: Record<string, string> = {
  'US$': 'USD', $: 'USD', 'A$': 'AUD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', 'S$': 'SGD', 'R$': 'BRL',
  '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₦': 'NGN', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  Rs: 'INR', 'Rs.': 'INR', USD: 'USD', EUR: 'EUR', GBP: 'GBP', CNY: 'CNY', RMB: 'CNY', JPY: 'JPY', INR: 'INR', PKR: 'PKR', CHF: 'CHF',
};

/** Currency names written after a number: "1.2-billion-yuan", "500 euros". */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP',
  sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', rupee: 'rupees', rupees: 'rupees', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', won: 'KRW', peso: 'pesos', pesos: 'pesos', franc: 'francs', francs: 'francs', shekel: 'ILS',
  shekels: 'ILS', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', naira: 'NGN', rand: 'ZAR', lira: 'TRY', lire: 'TRY',
  krone: 'kroner', kroner: 'kroner', kronor: 'SEK', krona: 'SEK', bitcoin: 'BTC', bitcoins: 'BTC',
};

/** Measures after a number, with a canonical name: "500-600 metric tons" is tonnes. */
export const MEASURE_WORDS: Record<string, string> = {
  '%': 'percent', percent: 'percent', 'per cent': 'percent', pct: 'percent', 'percentage points': 'percentage points', 'percentage point': 'percentage points',
  'basis points': 'basis points', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', km2: 'km2', hectares: 'hectares', hectare: 'hectares', acres: 'acres', acre: 'acres',
  miles: 'miles', mile: 'miles', 'square miles': 'square miles', metres: 'm', meters: 'm', metre: 'm', meter: 'm', feet: 'feet', foot: 'feet',
  kg: 'kg', kilograms: 'kg', kilogram: 'kg', kilos: 'kg', grams: 'g', gram: 'g', tonnes: 'tonnes', tonne: 'tonnes', 'metric tons': 'tonnes',
  'metric tonnes': 'tonnes', tons: 'tons', ton: 'tons', pounds: 'pounds', lbs: 'pounds', litres: 'litres', liters: 'litres', gallons: 'gallons',
  barrels: 'barrels', 'cubic metres': 'm3', 'cubic meters': 'm3', megawatts: 'MW', mw: 'MW', gigawatts: 'GW', gw: 'GW', kwh: 'kWh',
  gigabytes: 'GB', gigabyte: 'GB', gb: 'GB', megabytes: 'MB', mb: 'MB', terabytes: 'TB', mbps: 'Mbps', gbps: 'Gbps', ghz: 'GHz', mhz: 'MHz',
  cm: 'cm', mm: 'mm', ml: 'ml', centimetres: 'cm', centimeters: 'cm', millimetres: 'mm', millimeters: 'mm', inches: 'inches', ounces: 'ounces',
  degrees: 'degrees', 'degrees celsius': 'degrees Celsius', 'degrees fahrenheit': 'degrees Fahrenheit', mph: 'mph', 'km/h': 'km/h',
};

/** Stretches of time: a number with one of these is a duration, which the times stage reads. */
export const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?|mornings?|quarters?|semesters?|terms?)$/i;

/** Words before a number that say how exact it is; the longest is tried first ("no more than" before "more than"). */
export const QUALIFIERS: Array<{ words: string; qualifier: QuantityQualifier }> = [
  { words: 'at least', qualifier: 'at_least' }, { words: 'no fewer than', qualifier: 'at_least' }, { words: 'no less than', qualifier: 'at_least' },
  { words: 'a minimum of', qualifier: 'at_least' }, { words: 'not less than', qualifier: 'at_least' },
  { words: 'more than', qualifier: 'more_than' }, { words: 'over', qualifier: 'more_than' }, { words: 'upwards of', qualifier: 'more_than' },
  { words: 'in excess of', qualifier: 'more_than' }, { words: 'above', qualifier: 'more_than' }, { words: 'just over', qualifier: 'more_than' },
  { words: 'just above', qualifier: 'more_than' }, { words: 'well over', qualifier: 'more_than' }, { words: 'north of', qualifier: 'more_than' },
  { words: 'at most', qualifier: 'at_most' }, { words: 'up to', qualifier: 'at_most' }, { words: 'no more than', qualifier: 'at_most' },
  { words: 'a maximum of', qualifier: 'at_most' }, { words: 'not more than', qualifier: 'at_most' },
  { words: 'less than', qualifier: 'less_than' }, { words: 'fewer than', qualifier: 'less_than' }, { words: 'under', qualifier: 'less_than' },
  { words: 'below', qualifier: 'less_than' }, { words: 'just under', qualifier: 'less_than' }, { words: 'just below', qualifier: 'less_than' },
  { words: 'just shy of', qualifier: 'less_than' },
  { words: 'nearly', qualifier: 'approximate' }, { words: 'almost', qualifier: 'approximate' }, { words: 'about', qualifier: 'approximate' },
  { words: 'around', qualifier: 'approximate' }, { words: 'approximately', qualifier: 'approximate' }, { words: 'roughly', qualifier: 'approximate' },
  { words: 'some', qualifier: 'approximate' }, { words: 'an estimated', qualifier: 'approximate' }, { words: 'estimated', qualifier: 'approximate' },
  { words: 'close to', qualifier: 'approximate' }, { words: 'circa', qualifier: 'approximate' }, { words: 'an approximate', qualifier: 'approximate' },
];

/** Words after a number that qualify it: "20 or more", "300 or so", "1,000-plus". */
export const TRAILING_QUALIFIERS: Array<{ pattern: RegExp; qualifier: QuantityQualifier }> = [
  { pattern: /^\s+or\s+(?:so|thereabouts)\b/i, qualifier: 'approximate' },
  { pattern: /^\s+or\s+more\b/i, qualifier: 'at_least' },
  { pattern: /^(?:-plus\b|\+)/i, qualifier: 'at_least' },
  { pattern: /^\s+or\s+(?:less|fewer)\b/i, qualifier: 'at_most' },
];

/** Capitalised nouns that make the number after them a name, not a count: "Interstate 405", "Prop. 13", "Resolution 3379". */
export const IDENTIFIER_NOUNS = new Set([
  'resolution', 'section', 'article', 'chapter', 'flight', 'route', 'highway', 'interstate', 'freeway', 'road', 'street', 'avenue', 'room',
  'no', 'no.', 'nos.', 'number', 'page', 'paragraph', 'act', 'bill', 'item', 'clause', 'rule', 'line', 'platform', 'gate', 'unit', 'level',
  'phase', 'group', 'game', 'match', 'round', 'season', 'episode', 'volume', 'vol', 'vol.', 'issue', 'version', 'model', 'type', 'class',
  'grade', 'rank', 'category', 'zone', 'district', 'ward', 'block', 'sector', 'building', 'floor', 'apartment', 'suite', 'lot', 'case',
  'docket', 'code', 'order', 'decree', 'law', 'prop', 'prop.', 'proposition', 'measure', 'amendment', 'title', 'form', 'schedule', 'exhibit',
  'annex', 'appendix', 'figure', 'fig.', 'table', 'step', 'stage', 'pier', 'terminal', 'hangar', 'bus', 'train', 'pillar', 'lane', 'exit',
  'junction', 'box', 'channel', 'studio', 'apollo', 'windows', 'iphone', 'galaxy', 'boeing', 'airbus', 'covid', 'sars', 'cell', 'wing',
  'battalion', 'brigade', 'division', 'regiment', 'squadron', 'corps', 'army', 'fleet', 'district', 'precinct', 'region', 'ward', 'camp',
]);

/** After "one" or "a", words that make it a pronoun or determiner, not a count: "one of the", "one day", "no one". */
export const ONE_NOT_COUNTED_AFTER = /^(?:of|another|day|days|time|way|thing|side|point|hand|reason|such|who|that|which|or|too|else|by|after|from|at|in|on|and|but|to|is|was|has|had|would|will|can|could|should|must|might|may|sees|says|said|knows|another['’]s|[.,;:!?)”"'’—–])$/i;

export const ONE_NOT_COUNTED_BEFORE = /^(?:no|the|any|every|each|some|this|that|which|someone|anyone|everyone|no-one|as|like|than|another|little|big|new|old|such|one|a|number|whichever|the\s+only)$/i;
