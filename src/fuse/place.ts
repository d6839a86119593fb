// An event's place with coordinates filled in from the actor knowledge base, and whether it is a whole country.
import { countries, lookupPlace } from '../actors/index.js';
import type { Place } from './match.js';

const countryNames = new Set<string>();
for (const c of countries.values()) countryNames.add(c.name.toLowerCase());

export function isCountryName(name: string): boolean {
  return countryNames.has(name.toLowerCase());
}

/** Place of a stored or hand-built event location; undefined fields stay unknown. */
export function placeOf(name: string | null | undefined, country: string | null | undefined,
  lat?: number | null, lon?: number | null): Place | null {
  if (!name) return null;
  const wide = isCountryName(name) || (!!country && countries.get(country)?.name.toLowerCase() === name.toLowerCase());
  const p: Place = { name, country: country ?? '' };
  if (wide) p.wide = true;
  if (lat != null && lon != null) {
    p.lat = lat;
    p.lon = lon;
  } else if (!wide) {
    const hit = lookupPlace(name);
    if (hit && (!country || hit.country === country)) {
      p.lat = hit.lat;
      p.lon = hit.lon;
      if (!p.country) p.country = hit.country;
    }
  }
  return p;
}

/** The capital of a country as a place, for "visits to Ukraine" style stops. */
export function capitalOf(iso3: string): Place | null {
  const c = countries.get(iso3);
  if (!c?.capital) return null;
  const hit = lookupPlace(c.capital);
  return hit && hit.country === iso3 ? { name: c.capital, country: iso3, lat: hit.lat, lon: hit.lon } : null;
}
