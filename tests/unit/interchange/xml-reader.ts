/** An XML element as the tests need it: name, attributes, children and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    if (!(e in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[e];
  });

/**
 * A strict reader for the XML our GraphML writer produces (no DTDs, CDATA or comments): throws on
 * any tag that does not nest, an unquoted or repeated attribute, a bare "&" or "<", or text after the
 * root. No XML parser is installed; this is enough to prove the file well-formed and read it back.
 */
export function readXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    at = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (text.includes('&') && /&(?!(#x[0-9a-f]+|#\d+|\w+);)/i.test(text)) throw new Error(`bare & in "${text.slice(0, 40)}"`);
      if (!stack.length && text.trim()) throw new Error(`text outside the root: "${text.slice(0, 40)}"`);
      if (stack.length) stack[stack.length - 1].text += decode(text);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
      if (a[1] in attributes) throw new Error(`attribute ${a[1]} twice on <${name}>`);
      attributes[a[1]] = decode(a[2]);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (at !== body.length) throw new Error(`not well-formed at offset ${at}: "${body.slice(at, at + 40)}"`);
  if (stack.length || !root) throw new Error(`unclosed <${stack[stack.length - 1]?.name ?? 'root'}>`);
  return root;
}
