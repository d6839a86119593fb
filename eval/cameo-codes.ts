// Old CAMEO spellings of country and organisation roots in gold records, as the ISO alpha-3 (or IGO) roots the
// actor knowledge base uses: one table for every scorer that compares actor codes.
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', BAG: 'IRQ', GZS: 'PSE', WSB: 'PSE', KSV: 'XKX',
  NGO: 'IGO', IMG: 'IGO',
};

/** A code with its three-letter root spelled as the knowledge base spells it. */
export const isoRoot = (code: string): string => (CAMEO_ROOTS[code.slice(0, 3)] ?? code.slice(0, 3)) + code.slice(3);
