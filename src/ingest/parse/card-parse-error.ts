/** A card the parser cannot read with confidence: where (1-based line) and why. */
export class CardParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly file?: string,
  ) {
    super(file ? `${file}:${line}: ${reason}` : `line ${line}: ${reason}`);
    this.name = 'CardParseError';
  }
}
