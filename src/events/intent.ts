// CAMEO codes a statement of intent as its own category: "will meet" is 036 (AGREE, intent to meet), "would
// blockade Paris" is 13x (THREATEN). Dossier keeps the action and puts the intent into `factuality` instead
// ("will meet" = CONSULT, future), which is what timelines and itineraries need. This view recovers the CAMEO/
// PLOVER-GSR convention from an event, for comparison with coders and gold data that use it.
import type { Event } from '../model/index.js';

/** The PLOVER category CAMEO would give: AGREE for intended cooperation, THREATEN for intended conflict. */
export function intentPlover(ev: Pick<Event, 'cameo' | 'plover' | 'factuality'>): string {
  if (ev.factuality !== 'future' && ev.factuality !== 'hypothetical') return ev.plover;
  const root = Number(ev.cameo.slice(0, 2));
  if (root >= 4 && root <= 9) return 'AGREE';
  // Announced protest (14) and announced force or coercion (15-20) are threats in CAMEO (13x).
  if (root === 14 || root >= 15) return 'THREATEN';
  return ev.plover;
}
