// Shared by the event coder's tests: code one made-up text, show its events in assertion messages.
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { codeEvents } from '../src/events/index.js';
import type { Event } from '../src/model/index.js';

/** The events of a text dated `date`, through the stages the coder reads (text, time, entities). */
export function codeText(text: string, date: string): Event[] {
  const doc = analyzeText({ id: 't', date, text });
  return codeEvents(doc, recognizeEntities(doc), annotateTime(doc));
}

/** The events on one line, for assertion messages. */
export const show = (evs: Event[]): string =>
  evs.map((e) => `${e.plover} ${e.cameo} ${e.factuality} [${e.trigger.text}] ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ');

/** Country or organisation root of an actor code. */
export const root = (c: string | undefined): string => (c ?? '').slice(0, 3);

/** Whether an event of this category goes from the source root to the target root. */
export const has = (evs: Event[], plover: string, src: string, tgt: string): boolean =>
  evs.some((e) => e.plover === plover && root(e.source?.code) === src && root(e.target?.code) === tgt);
