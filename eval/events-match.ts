// One gold event against the coder's events for its sentence: the matching shared by eval/events.ts (PLOVER-GSR
// records) and eval/events-t17.ts (hand-coded Timeline17 sentences), so both report the same kind of figure.
import type { Event } from '../src/model/index.js';
import { intentPlover } from '../src/events/intent.js';
import { CAMEO_ROOTS } from './cameo-codes.js';

/** Old PLOVER names in the gold -> the names the coder uses. */
export const OLD_NAMES: Record<string, string> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT',
};

/** Country/organisation root of an actor code (first three letters, old CAMEO spellings aliased, NGO = IGO). */
export function root(code: string | undefined): string {
  const r = (code ?? '').slice(0, 3).toUpperCase();
  return CAMEO_ROOTS[r] ?? r;
}

export interface Judgement { typed: Event[]; srcOk: boolean; tgtOk: boolean; full: boolean }

/**
 * `gold`: the gold category (new name); `gs`, `gt`: gold source and target roots. "intent" also accepts
 * intentPlover(event) (a stated intention coded as its own category). A gold record without target accepts no
 * target or one of the gold sources ("X and Y agreed").
 */
export function judge(evs: Event[], gold: string, gs: string[], gt: string[], intent: boolean, text: string): Judgement {
  const typed = evs.filter((e) => e.plover === gold || (intent && intentPlover(e, text) === gold));
  const srcOk = (e: Event) => !!e.source && gs.includes(root(e.source.code));
  const tgtOk = (e: Event) => gt.length ? !!e.target && gt.includes(root(e.target.code)) : !e.target || gs.includes(root(e.target.code));
  return {
    typed,
    srcOk: typed.some(srcOk),
    tgtOk: typed.some(tgtOk),
    full: typed.some((e) => srcOk(e) && tgtOk(e)),
  };
}

/** One line per event, for error lists. */
export function describeEvent(e: Event, text: string): string {
  return `${e.cameo} ${e.plover}/${intentPlover(e, text)} ${e.factuality} [${e.trigger.text}] ${e.source?.code ?? '-'} (${e.source?.text ?? ''}) -> ${e.target?.code ?? '-'} (${e.target?.text ?? ''})`;
}
