// Sector suffixes for the head noun of an actor phrase whose country the knowledge base found
// ("Ugandan opposition candidates" -> UGA + OPP). The actor stage resolves whole phrases; this covers the rest.
import { countries, sectors as actorSectors } from '../actors/kb.js';

/** Sector nouns: head lemma -> CAMEO sector suffix. */
const SECTORS: Record<string, string> = {
  government: 'GOV', administration: 'GOV', official: 'GOV', minister: 'GOV', president: 'GOV', leader: 'GOV',
  diplomat: 'GOV', authority: 'GOV', ministry: 'GOV', cabinet: 'GOV', spokesman: 'GOV', spokesperson: 'GOV',
  spokeswoman: 'GOV', envoy: 'GOV', ambassador: 'GOV', premier: 'GOV', chancellor: 'GOV', counterpart: 'GOV',
  secretary: 'GOV', king: 'GOV', prime: 'GOV',
  parliament: 'LEG', legislature: 'LEG', lawmaker: 'LEG', assembly: 'LEG',
  court: 'JUD', judge: 'JUD', prosecutor: 'JUD',
  army: 'MIL', troop: 'MIL', force: 'MIL', military: 'MIL', soldier: 'MIL', general: 'MIL', navy: 'MIL',
  peacekeeper: 'MIL', officer: 'MIL', helicopter: 'MIL', tank: 'MIL',
  rebel: 'REB', insurgent: 'REB', guerrilla: 'REB', guerilla: 'REB', militant: 'REB', militia: 'REB',
  police: 'COP', policeman: 'COP',
  opposition: 'OPP', protester: 'CVL', demonstrator: 'CVL', civilian: 'CVL', resident: 'CVL', people: 'CVL', person: 'CVL',
  refugee: 'REF', student: 'EDU', doctor: 'MED', worker: 'LAB', employee: 'LAB', union: 'LAB', farmer: 'AGR', grower: 'AGR', peasant: 'AGR',
  intelligence: 'SPY', spy: 'SPY', prisoner: 'CVL', settler: 'CVL', activist: 'OPP', villager: 'CVL', youth: 'CVL',
  mob: 'CVL', crowd: 'CVL', victim: 'CVL', gunman: 'REB', fighter: 'REB', separatist: 'REB', extremist: 'REB',
  junta: 'GOV', regime: 'GOV', dissident: 'OPP', fundamentalist: 'REB', commando: 'MIL', bomber: 'REB', gang: 'CRM',
  cartel: 'CRM', trafficker: 'CRM', party: 'PTY', nation: 'CVL', public: 'CVL', citizen: 'CVL',
  // office holders and trades a patient is often named by ("shot dead a local councillor", "kidnapped a priest")
  mayor: 'GOV', governor: 'GOV', councillor: 'GOV', councilor: 'GOV', senator: 'LEG', legislator: 'LEG',
  journalist: 'MED', reporter: 'MED', priest: 'REL', cleric: 'REL', monk: 'REL', businessman: 'BUS', church: 'REL',
};


// A Map, not the object: any lemma may be asked ("constructor" must not find Object.prototype's).
const BY_LEMMA = new Map(Object.entries(SECTORS));

/** CAMEO sector suffix for a noun lemma ("official" -> GOV, "troop" -> MIL). */
export function sectorOf(lemma: string): string | undefined {
  // A sentence-initial plural tagged as a name keeps its plural as lemma ("Prisoners rioted").
  return BY_LEMMA.get(lemma) ?? (lemma.length > 3 && lemma.endsWith('s') ? BY_LEMMA.get(lemma.toLowerCase().slice(0, -1)) : undefined);
}

/** Heads that lead or speak for a group and take its sector from the noun before them ("church leaders" REL,
 * "union officials" LAB, "student leaders" EDU); alone they are the state's ("officials" GOV). */
const SPEAKING_HEADS = new Set(['leader', 'official', 'spokesman', 'spokeswoman', 'representative', 'member', 'chief']);

/** The sector of a head lemma, or of the group noun right before a leading head ("church leaders" -> REL). */
export function sectorOfPair(prevLemma: string | undefined, headLemma: string): string | undefined {
  const h = sectorOf(headLemma);
  const bare = headLemma.length > 3 && headLemma.endsWith('s') ? headLemma.slice(0, -1) : headLemma;
  if (prevLemma && SPEAKING_HEADS.has(bare.toLowerCase())) return sectorOf(prevLemma.toLowerCase()) ?? h;
  return h;
}

// with the actor knowledge base's sector codes ("Insurgents" -> INS, "separatists" -> SEP)
const SUFFIXES = new Set([...Object.values(SECTORS), ...[...actorSectors.values()].map((v) => v.sector)]);
/** A code that is a sector alone ("REB", "COP"), without the country a place could give it. */
export function isBareSector(code: string): boolean {
  return code.length === 3 && SUFFIXES.has(code) && !countries.has(code);
}
