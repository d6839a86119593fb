// Analyses over the store, as plain-JSON library functions for the CLI and the HTTP API: itineraries,
// timelines, dyad escalation series and the actor network. Each takes the store's database and filters.
export { itinerary, itineraryPage, type Stop, type StopPage, type Evidence } from './itinerary.js';
export { timeline, WEIGHTS, type TimelineEntry, type TimelineEntryEvent, type TimelineOptions } from './timeline.js';
export { escalation, type EscalationPoint, type EscalationOptions, type DirectionStats } from './escalation.js';
export { network, toGraphML, type Network, type NetworkNode, type NetworkEdge, type NetworkOptions } from './network.js';
export { loadFused, actorMatcher, periodKey, type AnalysisFilter, type EventWithNames } from './common.js';
