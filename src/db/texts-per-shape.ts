/**
 * A statement text that depends only on a few fixed choices (a depth, a set of types, the clearance)
 * built once per choice instead of per request: joining a large text anew costs time, and the driver
 * copies a freshly joined string flat before it sends it (bench/README.md, session 9).
 * `shapeOf` names the choice; the choices are few, so every text is kept.
 */
export function textsPerShape<A extends unknown[]>(shapeOf: (...args: A) => string, build: (...args: A) => string): (...args: A) => string {
  const texts = new Map<string, string>();
  return (...args) => {
    const shape = shapeOf(...args);
    let text = texts.get(shape);
    if (!text) texts.set(shape, (text = build(...args)));
    return text;
  };
}
