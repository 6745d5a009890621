/** One entity span of the statistical model, as tools/statistical-ner writes it (character offsets into its text). */
export interface ModelSpan {
  /** PERSON, ORGANIZATION, LOCATION (3-class); MISC (4-class); MONEY, DATE... (7-class). */
  type: string;
  text: string;
  start: number;
  end: number;
}
