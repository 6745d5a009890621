/** The parse stage of the ingest pipeline: what other stages and callers use. */
export { asOfIn } from './card-dates';
export { CardParseError } from './card-parse-error';
export { CardText, parseCard } from './card-parser';
