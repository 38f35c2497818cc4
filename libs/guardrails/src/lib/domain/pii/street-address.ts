/**
 * Street addresses, conservatively: only a house number together with a street-type word
 * ("Street", "Ave", "Calle", "rue", "-straße", "路 … 号"), in the orders the languages write
 * them. A name without a number ("Main Street") or a number without a street type
 * ("Allika 46") is not taken: too many product names and quantities look like that, and a
 * false redaction garbles a question where a missed one only leaves an address the customer
 * chose to give. Precision over recall, measured by `npm run eval:pii`.
 */

/** A trailing flat or suite ("Apt. 656", "Suite 501", "#4") is part of the address. */
const UNIT = String.raw`(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|#)\s*\d{1,5}[A-Za-z]?)?`;
const NUMBER = String.raw`\d{1,6}[A-Za-z]?`;
/** A capitalised word of a street name ("Crown", "O'Neil", "Saint-Denis"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;

/** English order: number, name, type, maybe a direction and a unit ("1600 Pennsylvania Avenue NW"). */
const ENGLISH = String.raw`\b${NUMBER}\s+(?:${NAME_WORD}\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Square|Sq|Terrace|Highway|Hwy|Parkway|Pkwy|Crescent|Way)\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?${UNIT}`;

/** Spanish/Italian/Portuguese order: type, name, number ("Calle Mayor 5", "Avenida de la Paz, 23"). */
const ROMANCE = String.raw`\b(?:Calle|C\/|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.|Camino|Carrera|Carretera|Ronda|Travesía|Via|Viale|Rua)\s+(?:(?:de|del|la|las|los|el|da|do|dos|das|di)\s+)*${NAME_WORD}(?:\s+(?:(?:de|del|la|el)\s+)*${NAME_WORD}){0,3},?\s+(?:n[º°o]\.?\s*)?\d{1,5}[A-Za-z]?\b`;

/** French order: number, type, name ("12 rue de la Paix", "5 bis, avenue Foch"). */
const FRENCH = String.raw`\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s+(?:(?:de|du|des|la|le|d['’])\s*)*${NAME_WORD}(?:[\s-]+(?:(?:de|du|des|la|le|d['’])\s*)*${NAME_WORD}){0,3}`;

/**
 * German, Dutch and Nordic order: a compound ending in a street type, then the number
 * ("Hauptstraße 5", "Berliner Str. 12a", "Magasinsgatan 7"). Danish "-gade" is left
 * out: "Brigade 5" and "Renegade 2" end the same way.
 */
const GERMANIC = String.raw`\b(?:${NAME_WORD}\s+)?\p{Lu}\p{L}*(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|straat|laan|gata|gatan|vej|katu)\s+\d{1,5}[a-z]?\b`;
/** German with the type as its own word ("Berliner Straße 12"). */
const GERMAN_SEPARATE = String.raw`\b${NAME_WORD}\s+(?:Straße|Strasse|Str\.|Allee|Platz|Weg|Gasse)\s+\d{1,5}[a-z]?\b`;

/** Chinese: road or street, number, 号 ("中山路123号", "南京东路 100 号"). */
const CHINESE = String.raw`[^\s\p{P}的在住是我你他到于从和请寄送至址]{1,6}(?:路|街|大道|巷)\s*\d{1,5}\s*号`;

/** A post-office box is an address on its own. */
const PO_BOX = String.raw`\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b`;

/** One way of writing an address, and a cheap look at a text that rules it out. */
export interface AddressForm {
  readonly pattern: RegExp;
  readonly applies: (text: string) => boolean;
}

/** Every form holds a number, and most sentences have none: the cheapest look goes first. */
const HAS_DIGIT = /\d/;
const form = (source: string, applies: RegExp): AddressForm => ({ pattern: new RegExp(source, 'gu'), applies: (text) => HAS_DIGIT.test(text) && applies.test(text) });

/**
 * The forms, each tried alone: as one alternation the German and Chinese forms were tried at
 * every position of every sentence (they cannot start from a digit), and the per-sentence
 * stream screen paid for it; the checks let them run only where their street word is. The
 * checks are plain word searches: a check like `\d.*rue` is quadratic on a long line.
 */
export const ADDRESS_FORMS: readonly AddressForm[] = [
  form(ENGLISH, /\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Square|Sq|Terrace|Highway|Hwy|Parkway|Pkwy|Crescent|Way)\b/),
  form(ROMANCE, /\b(?:Calle|C\/|Avenida|Avda|Av\.|Paseo|Plaza|Pza\.|Camino|Carrera|Carretera|Ronda|Travesía|Via|Viale|Rua)/),
  form(FRENCH, /\b(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\s/),
  form(`${GERMANIC}|${GERMAN_SEPARATE}`, /(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|straat|laan|gata|gatan|vej|katu)\s+\d/i),
  form(CHINESE, /[路街道巷]\s*\d/),
  form(PO_BOX, /Box\s+\d/i),
];

/**
 * Product names that read like an address after a count: "2 Google Drive accounts", "3 Hard
 * Drive bays". Not addresses, however they are capitalised.
 */
const PRODUCT_LIKE = /\b(?:Google|One|Hard|Flash|USB|Shared|Team|Cloud|Network|External|Test|Solid|Disk)\s+(?:Drive|Dr)\b/;

export const isStreetAddress = (match: string): boolean => !PRODUCT_LIKE.test(match);
