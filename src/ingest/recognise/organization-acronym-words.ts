/**
 * Acronyms spoken as words are written as words too: "Frelimo", "Renamo", "Unita", "Pasok", "Interpol" for the reference's
 * FRELIMO, RENAMO, UNITA, PASOK and INTERPOL. Only all-capital forms of five letters or more, which read as words; shorter ones
 * ("NATO", "ANC") would turn into everyday words or names ("Nato" aside, "Anc" is none, "Eta" is a letter).
 */
export function withWordForms(forms: ReadonlyArray<string | undefined>): Array<string | undefined> {
  const words = forms.filter((f): f is string => !!f && /^[A-Z]{5,}$/.test(f)).map((f) => f[0] + f.slice(1).toLowerCase());
  return [...forms, ...words];
}
