import { isCapitalised, Token } from './text-tokens';

/** Heads that open a service's name in French, Spanish, Portuguese, Italian or German: "Brigade criminelle", "Policía de Investigaciones". */
const FOREIGN_HEADS = new Set([
  'brigade',
  'brigada',
  'policia',
  'polizia',
  'polizei',
  'gendarmeria',
  'direccion',
  'direcao',
  'direzione',
  'direction',
  'departamento',
  'servicio',
  'servico',
  'servizio',
  'squadra',
  'unidad',
  'unite',
  'office',
  'oficina',
  'surete',
  'guardia',
  'cuerpo',
  'corpo',
  'jefatura',
]);

/** Heads English spells the same way: "the Brigade Intelligence Officer" is English. */
const ENGLISH_TOO = new Set(['brigade', 'direction', 'office', 'unite', 'corpo']);

/** Small words inside such names: "de la", "des", "contra el". */
const FOREIGN_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'des',
  'du',
  'di',
  'della',
  'delle',
  'dei',
  'da',
  'do',
  'dos',
  'das',
  'contra',
  'y',
  'et',
  'e',
  'le',
  'les',
  'der',
]);

/** Words that say the name is a police or intelligence service's; lower-case ones are also what the name may go on with. */
const FOREIGN_AGENCY_WORDS = new Set([
  'policia',
  'polizia',
  'polizei',
  'police',
  'gendarmeria',
  'criminelle',
  'criminal',
  'criminale',
  'judiciaire',
  'judicial',
  'judiciaria',
  'investigaciones',
  'investigacion',
  'investigacao',
  'investigativa',
  'informacion',
  'informacoes',
  'renseignement',
  'renseignements',
  'inteligencia',
  'intelligence',
  'seguridad',
  'seguranca',
  'sicurezza',
  'securite',
  'stupefiants',
  'estupefacientes',
  'narcoticos',
  'antiterrorista',
  'antiterroriste',
  'terrorismo',
  'terrorisme',
  'mobile',
  'militar',
  'nacional',
  'nationale',
  'federal',
  'civil',
  'recherche',
  'intervention',
  'intervencion',
]);

/**
 * A service named in its own language that no list holds: a foreign head, then capitalised words,
 * particles and lower-case words of police work ("Brigade criminelle", "Brigade des stupéfiants",
 * "Policía de Investigaciones"), ending before the first English word ("… of the Paris police").
 * Returns [from, to) of each such name; the caller gives it a country.
 */
export function findForeignAgencyNames(tokens: readonly Token[], isFree: (i: number) => boolean): Array<{ from: number; to: number }> {
  const found: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FOREIGN_HEADS.has(tokens[i].key) || !isCapitalised(tokens[i]) || !isFree(i)) continue;
    let k = i + 1;
    let end = i + 1;
    while (k < tokens.length && isFree(k) && !tokens[k].breakBefore && !tokens[k - 1].possessive) {
      const t = tokens[k];
      if (FOREIGN_PARTICLES.has(t.key) && !isCapitalised(t)) k++;
      else if (isCapitalised(t) || FOREIGN_AGENCY_WORDS.has(t.key)) end = ++k;
      else break;
    }
    const rest = tokens.slice(i + 1, end);
    // A word after the head says what it does; a head English shares ("Brigade", "Office") needs a lower-case word of the language too.
    const foreign = !ENGLISH_TOO.has(tokens[i].key) || rest.some((t) => !isCapitalised(t));
    if (rest.some((t) => FOREIGN_AGENCY_WORDS.has(t.key)) && foreign) {
      found.push({ from: i, to: end });
      i = end - 1;
    }
  }
  return found;
}
