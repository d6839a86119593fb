// PRIVATE FALLBACK until src/actors (issue 4) exports lookupActor/lookupPlace: a small table of countries
// (names, demonyms, capitals), international organisations and sector nouns, enough to code actors in plain
// news sentences. Drop this file when the actor stage lands.
import type { ActorRef } from '../model/index.js';

// code|names / demonyms / capitals and big cities
const COUNTRIES = `
AFG|Afghanistan/Afghan,Afghans/Kabul
ALB|Albania/Albanian,Albanians/Tirana
DZA|Algeria/Algerian,Algerians/Algiers
AGO|Angola/Angolan/Luanda
ARG|Argentina/Argentine,Argentinian/Buenos Aires
ARM|Armenia/Armenian,Armenians/Yerevan
AUS|Australia/Australian/Canberra,Sydney
AUT|Austria/Austrian/Vienna
AZE|Azerbaijan/Azerbaijani,Azeri/Baku
BHR|Bahrain/Bahraini/Manama
BGD|Bangladesh/Bangladeshi/Dhaka
BLR|Belarus/Belarusian/Minsk
BEL|Belgium/Belgian/Brussels
BEN|Benin/Beninese/Porto-Novo
BOL|Bolivia/Bolivian/La Paz
BIH|Bosnia,Bosnia and Herzegovina,Bosnia-Herzegovina/Bosnian,Bosnians/Sarajevo,Gorazde
BRA|Brazil/Brazilian/Brasilia
BGR|Bulgaria/Bulgarian/Sofia
BDI|Burundi/Burundian/Bujumbura
KHM|Cambodia,Kampuchea/Cambodian,Kampuchean/Phnom Penh
CMR|Cameroon/Cameroonian/Yaounde
CAN|Canada/Canadian/Ottawa,Calgary,Toronto
TCD|Chad/Chadian/N'Djamena
CHL|Chile/Chilean/Santiago
CHN|China,People's Republic of China/Chinese/Beijing,Shanghai
COL|Colombia/Colombian/Bogota
COD|Congo,Democratic Republic of Congo/Congolese/Kinshasa
HRV|Croatia/Croatian,Croat,Croats/Zagreb
CUB|Cuba/Cuban/Havana
CYP|Cyprus/Cypriot/Nicosia
CZE|Czech Republic,Czechia,Czechoslovakia/Czech,Czechoslovak/Prague
DNK|Denmark/Danish,Dane,Danes/Copenhagen
EGY|Egypt/Egyptian,Egyptians/Cairo
ERI|Eritrea/Eritrean/Asmara
EST|Estonia/Estonian/Tallinn
ETH|Ethiopia,Ethopia/Ethiopian/Addis Ababa
FJI|Fiji/Fijian/Suva
FIN|Finland/Finnish,Finn/Helsinki
FRA|France/French/Paris
GEO|Georgia/Georgian/Tbilisi
DEU|Germany,East Germany,West Germany/German,Germans/Berlin,Bonn
GHA|Ghana/Ghanaian,Ghanaians/Accra
GRC|Greece/Greek,Greeks/Athens
HTI|Haiti/Haitian/Port-au-Prince
HUN|Hungary/Hungarian,Hungarians/Budapest
IND|India/Indian,Indians/New Delhi,Delhi
IDN|Indonesia/Indonesian/Jakarta
IRN|Iran/Iranian,Iranians/Tehran
IRQ|Iraq/Iraqi,Iraqis/Baghdad,Basra,Kirkuk,Samarra
IRL|Ireland/Irish/Dublin
ISR|Israel/Israeli,Israelis/Jerusalem,Tel Aviv
ITA|Italy/Italian,Italians/Rome
CIV|Ivory Coast,Cote d'Ivoire/Ivorian/Abidjan
JPN|Japan/Japanese/Tokyo
JOR|Jordan/Jordanian/Amman
KAZ|Kazakhstan/Kazakh/Astana
KEN|Kenya/Kenyan/Nairobi
PRK|North Korea,Democratic People's Republic of Korea,DPRK/North Korean/Pyongyang
KOR|South Korea,Republic of Korea/South Korean/Seoul
KWT|Kuwait/Kuwaiti/Kuwait City
KGZ|Kyrgyzstan/Kyrgyz/Bishkek
LVA|Latvia/Latvian/Riga
LBN|Lebanon/Lebanese/Beirut,Tyre,Tripoli
LBR|Liberia/Liberian/Monrovia
LBY|Libya/Libyan,Libyans/Tripoli
LTU|Lithuania/Lithuanian/Vilnius
MKD|Macedonia,North Macedonia/Macedonian/Skopje
MYS|Malaysia/Malaysian/Kuala Lumpur
MLI|Mali/Malian/Bamako
MEX|Mexico/Mexican,Mexicans/Mexico City
MDA|Moldova/Moldovan/Chisinau
MNE|Montenegro/Montenegrin/Podgorica
MAR|Morocco/Moroccan/Rabat
MMR|Myanmar,Burma/Burmese/Yangon,Rangoon
NPL|Nepal/Nepalese,Nepali/Kathmandu,Khatmandu
NLD|Netherlands,Holland/Dutch/Amsterdam,The Hague
NZL|New Zealand/New Zealander/Wellington
NGA|Nigeria/Nigerian,Nigerians/Abuja,Lagos
NOR|Norway/Norwegian/Oslo
OMN|Oman/Omani/Muscat
PAK|Pakistan/Pakistani,Pakistanis/Islamabad,Karachi
PSE|Palestine,Palestinian territories,West Bank,Gaza,Gaza Strip/Palestinian,Palestinians/Ramallah,Hebron,Tulkarm,Rafah
PAN|Panama/Panamanian/Panama City
PER|Peru/Peruvian/Lima
PHL|Philippines,Phillippines/Filipino,Philippine/Manila
POL|Poland/Polish,Pole,Poles/Warsaw
PRT|Portugal/Portuguese/Lisbon
QAT|Qatar/Qatari/Doha
ROU|Romania/Romanian,Romanians/Bucharest
RUS|Russia,Russian Federation,Soviet Union,USSR/Russian,Russians,Soviet/Moscow
RWA|Rwanda/Rwandan/Kigali
SAU|Saudi Arabia/Saudi,Saudis/Riyadh
SEN|Senegal/Senegalese/Dakar
SRB|Serbia,Yugoslavia/Serbian,Serb,Serbs/Belgrade
SLE|Sierra Leone/Sierra Leonean/Freetown
SGP|Singapore/Singaporean/
SVK|Slovakia/Slovak/Bratislava
SVN|Slovenia/Slovenian,Slovene/Ljubljana
SOM|Somalia/Somali/Mogadishu
ZAF|South Africa/South African/Pretoria,Johannesburg
SSD|South Sudan/South Sudanese/Juba
ESP|Spain/Spanish/Madrid
LKA|Sri Lanka/Sri Lankan/Colombo
SDN|Sudan/Sudanese/Khartoum,Darfur
SWE|Sweden/Swedish,Swede,Swedes/Stockholm
CHE|Switzerland/Swiss/Bern,Geneva,Zurich
SYR|Syria/Syrian,Syrians/Damascus
TWN|Taiwan/Taiwanese/Taipei
TJK|Tajikistan/Tajik/Dushanbe
TZA|Tanzania/Tanzanian/Dodoma,Dar es Salaam
THA|Thailand/Thai/Bangkok
TLS|East Timor,Timor-Leste/Timorese/Dili
TTO|Trinidad,Trinidad and Tobago/Trinidadian/Port of Spain
TUN|Tunisia/Tunisian/Tunis
TUR|Turkey,Turkiye/Turkish,Turk,Turks/Ankara,Istanbul,Cizre
TKM|Turkmenistan/Turkmen/Ashgabat
UGA|Uganda/Ugandan/Kampala
UKR|Ukraine/Ukrainian,Ukrainians/Kyiv,Kiev,Kharkiv,Odesa,Odessa
ARE|United Arab Emirates,UAE/Emirati/Abu Dhabi,Dubai
GBR|United Kingdom,Britain,Great Britain,UK,U.K.,England,Northern Ireland/British,Briton,Britons,English/London
USA|United States,United States of America,US,U.S.,USA,America/American,Americans/Washington,New York
UZB|Uzbekistan/Uzbek/Tashkent
VEN|Venezuela/Venezuelan/Caracas
VNM|Vietnam,Viet Nam/Vietnamese/Hanoi
YEM|Yemen/Yemeni/Sanaa
ZMB|Zambia/Zambian/Lusaka
ZWE|Zimbabwe/Zimbabwean/Harare
`;

// Organisations and government bodies: text -> code.
const ORGS = `
IGO|United Nations,UN,U.N.,Security Council,U.N. Security Council,UN Security Council,IAEA,International Atomic Energy Agency,Red Cross,Red Crescent,European Union,EU,European Community,EC,Arab League,African Union,Organization of African Unity,OAU,World Bank,IMF,International Monetary Fund,WHO,OSCE,OPEC,Amnesty International,ILO,International Labor Office,APEC,Asia-Pacific Economic Cooperation,ASEAN,UNITA
IGOMIL|NATO,North Atlantic Treaty Organization
USAGOV|White House,State Department,Biden Administration,Bush administration,Obama administration,Trump administration,Congress,Senate
USAMIL|Pentagon,Department of Defense
USASPY|CIA
RUSGOV|Kremlin
`;

/** Sector nouns: head lemma -> CAMEO sector suffix. */
const SECTORS: Record<string, string> = {
  government: 'GOV', administration: 'GOV', official: 'GOV', minister: 'GOV', president: 'GOV', leader: 'GOV',
  diplomat: 'GOV', authority: 'GOV', ministry: 'GOV', cabinet: 'GOV', spokesman: 'GOV', spokesperson: 'GOV',
  spokeswoman: 'GOV', envoy: 'GOV', ambassador: 'GOV', premier: 'GOV', chancellor: 'GOV', counterpart: 'GOV',
  secretary: 'GOV', king: 'GOV', prime: 'GOV',
  parliament: 'LEG', legislature: 'LEG', lawmaker: 'LEG', assembly: 'LEG',
  court: 'JUD', judge: 'JUD',
  army: 'MIL', troop: 'MIL', force: 'MIL', military: 'MIL', soldier: 'MIL', general: 'MIL', navy: 'MIL',
  peacekeeper: 'MIL', officer: 'MIL', helicopter: 'MIL', tank: 'MIL',
  rebel: 'REB', insurgent: 'REB', guerrilla: 'REB', guerilla: 'REB', militant: 'REB', militia: 'REB',
  police: 'COP', policeman: 'COP',
  opposition: 'OPP', protester: 'CVL', demonstrator: 'CVL', civilian: 'CVL', resident: 'CVL', people: 'CVL',
  refugee: 'REF', student: 'EDU', doctor: 'MED', worker: 'LAB', union: 'LAB', farmer: 'AGR',
  intelligence: 'SPY', spy: 'SPY', prisoner: 'CVL', settler: 'CVL', activist: 'OPP',
};

interface Entry {
  code: string;
  name: string;
  place: boolean;
  country: boolean;
}
const byText = new Map<string, Entry>();
let maxWords = 1;
function add(text: string, e: Entry): void {
  const k = text.toLowerCase();
  if (!byText.has(k)) byText.set(k, e);
  maxWords = Math.max(maxWords, k.split(' ').length);
}
for (const line of COUNTRIES.trim().split('\n')) {
  const [code, rest] = line.split('|');
  const [names, dems, cities] = rest!.split('/');
  const name = names!.split(',')[0]!;
  for (const n of names!.split(',')) add(n, { code: code!, name, place: true, country: true });
  for (const d of dems!.split(',')) if (d) add(d, { code: code!, name, place: false, country: true });
  for (const c of (cities ?? '').split(',')) if (c) add(c, { code: code!, name: c, place: true, country: false });
}
for (const line of ORGS.trim().split('\n')) {
  const [code, names] = line.split('|');
  for (const n of names!.split(',')) add(n, { code: code!, name: n, place: false, country: false });
}

/** Words in a phrase, split like the tokenizer does for the common cases. */
function words(text: string): string[] {
  return text.replace(/[’']s\b/g, ' ').replace(/[“”"(),]/g, ' ').split(/\s+/).filter(Boolean);
}

/** Actor code for a noun phrase: the first country/organisation it names, plus a sector from its nouns. */
export function fallbackActor(text: string, headLemma?: string): ActorRef | undefined {
  const ws = words(text);
  let found: Entry | undefined;
  for (let i = 0; i < ws.length && !found; i++) {
    for (let n = Math.min(maxWords, ws.length - i); n >= 1; n--) {
      const e = byText.get(ws.slice(i, i + n).join(' ').toLowerCase());
      if (e) {
        found = e;
        break;
      }
    }
  }
  if (!found) return undefined;
  if (found.code.length > 3 || !found.country && found.code !== 'IGO') return { code: found.code, name: found.name };
  const sector = headLemma ? SECTORS[headLemma] : undefined;
  return { code: found.code + (sector ?? ''), name: found.name };
}

/** A place for a location phrase ("Geneva", "Ukraine"): name and ISO alpha-3 country. */
export function fallbackPlace(text: string): { name: string; country: string } | undefined {
  const e = byText.get(words(text).join(' ').toLowerCase());
  return e?.place ? { name: e.name, country: e.code } : undefined;
}

/** CAMEO sector suffix for a noun lemma ("official" -> GOV, "troop" -> MIL). */
export function sectorOf(lemma: string): string | undefined {
  return SECTORS[lemma];
}
