// CAMEO codes a statement of intent as its own category: "will meet" is 036 (AGREE, intent to meet), "would
// blockade Paris" is 13x (THREATEN). Dossier keeps the action and puts the intent into `factuality` instead
// ("will meet" = CONSULT, future), which is what timelines and itineraries need. This view recovers the CAMEO/
// PLOVER-GSR convention from an event, for comparison with coders and gold data that use it.
import type { Event } from '../model/index.js';

/** A condition after the trigger that the target must meet to avoid the action ("will withdraw ... unless X",
 * "if Y does not"): CAMEO codes an announced action under such a condition as a threat (13x), whatever it is. */
const CONDITION = /\bunless\b|\bif\b[^,;]*?\b(?:not|n't|no longer|fails?|refuses?|rejects?)\b/i;

/** The PLOVER category CAMEO would give: REJECT for refused cooperation, AGREE for intended cooperation, THREATEN for intended conflict and for
 * any announced action made conditional on the other side's behaviour. `text` (the article text) lets the view
 * read the event's sentence for such conditions. */
export function intentPlover(ev: Pick<Event, 'cameo' | 'plover' | 'factuality'> & Partial<Pick<Event, 'trigger' | 'sentence'>>, text?: string): string {
  // "would not meet their demands", "did not allow": a cooperative act refused is a rejection (CAMEO 12).
  if (ev.factuality === 'negated') {
    const r = Number(ev.cameo.slice(0, 2));
    return r >= 3 && r <= 8 ? 'REJECT' : ev.plover;
  }
  if (ev.factuality !== 'future' && ev.factuality !== 'hypothetical') return ev.plover;
  if (text && ev.trigger && ev.sentence && CONDITION.test(text.slice(ev.trigger.end, ev.sentence.end))) return 'THREATEN';
  const root = Number(ev.cameo.slice(0, 2));
  if (root >= 4 && root <= 9) return 'AGREE';
  // Announced protest (14) and announced force or coercion (15-20) are threats in CAMEO (13x).
  if (root === 14 || root >= 15) return 'THREATEN';
  return ev.plover;
}
