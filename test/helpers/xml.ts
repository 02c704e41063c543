/**
 * A strict, tiny XML reader for the tests of generated SVG: elements, attributes in quotes, text
 * and the five predefined entities and character references; it throws on anything else (an
 * unclosed or mismatched tag, a bare `<` or `&`, `]]>` in text, a character XML does not allow,
 * a duplicate attribute, comments, CDATA or a doctype, none of which the charts write).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = /[A-Za-z_:][\w:.-]*/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  if (NOT_XML.test(source)) throw new Error('a character XML does not allow');
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: ${JSON.stringify(source.slice(at, at + 40))}`);
  };
  const match = (pattern: RegExp): string | null => {
    const sticky = new RegExp(pattern.source, 'y');
    sticky.lastIndex = at;
    const found = sticky.exec(source);
    if (found) at += found[0].length;
    return found ? found[0] : null;
  };
  const decode = (raw: string, start: number): string => {
    let decoded = '';
    for (let index = 0; index < raw.length; index++) {
      if (raw[index] !== '&') {
        decoded += raw[index];
        continue;
      }
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(raw);
      if (!reference) {
        at = start + index;
        fail('a bare &');
      }
      const [whole, entity, decimal, hex] = reference!;
      decoded += entity ? ENTITIES[entity] : String.fromCodePoint(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16));
      index += whole.length - 1;
    }
    return decoded;
  };
  const element = (): XmlElement => {
    if (!match(/</)) fail('expected <');
    const name = match(NAME) ?? fail('expected a name');
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = match(/\s+/);
      if (match(/\/>/)) return { name, attributes, children: [] };
      if (match(/>/)) break;
      if (!space) fail('expected a space before an attribute');
      const key = match(NAME) ?? fail('expected an attribute name');
      const quote = match(/\s*=\s*["']/)?.at(-1) ?? fail('expected =" after an attribute name');
      const start = at;
      const value = match(quote === '"' ? /[^"<]*/ : /[^'<]*/)!;
      if (!match(quote === '"' ? /"/ : /'/)) fail('an unclosed attribute value');
      if (Object.hasOwn(attributes, key)) fail(`a second ${key} attribute`);
      attributes[key] = decode(value, start);
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const start = at;
      const text = match(/[^<]*/)!;
      if (text.includes(']]>')) fail(']]> in text');
      if (text) children.push(decode(text, start));
      if (at >= source.length) fail(`an unclosed <${name}>`);
      if (match(/<\//)) {
        if (match(NAME) !== name) fail(`a closing tag that is not </${name}>`);
        if (!match(/\s*>/)) fail('expected >');
        return { name, attributes, children };
      }
      children.push(element());
    }
  };
  match(/\s*/);
  const root = element();
  match(/\s*/);
  if (at !== source.length) fail('something after the root element');
  return root;
}

/** Every element named `name` under `root` (and `root` itself), in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found = root.name === name ? [root] : [];
  for (const child of root.children) if (typeof child !== 'string') found.push(...elementsNamed(child, name));
  return found;
}

/** Every element under `root` (and `root`), in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap((child) => (typeof child === 'string' ? [] : allElements(child)))];
}

/** The text of an element and its descendants. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}
