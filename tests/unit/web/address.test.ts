import { href, pageOf, parseHash } from '../../../web/src/address';

describe('explorer addresses', () => {
  it('round-trips a graph state with ids holding colons and a list of expanded nodes', () => {
    const address = href(['graph'], { focus: 'person:andres-manuel', depth: 2, expanded: 'country:MX,org:x', hide: '', to: undefined });
    expect(address).toBe('#/graph?focus=person%3Aandres-manuel&depth=2&expanded=country%3AMX%2Corg%3Ax');
    const route = parseHash(address);
    expect(route.path).toEqual(['graph']);
    expect(Object.fromEntries(route.params)).toEqual({ focus: 'person:andres-manuel', depth: '2', expanded: 'country:MX,org:x' });
  });

  it('keeps a node id with slashes as one path segment', () => {
    const id = 'source:new-york-times/mexico-refused-to-expel';
    expect(parseHash(href(['source', id])).path).toEqual(['source', id]);
  });

  it('reads an empty or bare hash as no page', () => {
    expect(parseHash('').path).toEqual([]);
    expect(parseHash('#/').path).toEqual([]);
    expect(parseHash('#/search?q=L%C3%B3pez').params.get('q')).toBe('López');
  });

  it('sends each kind of node to its page; topics open in the graph', () => {
    expect(pageOf('story:s', 'Story')).toBe('#/story/story%3As');
    expect(pageOf('claim:c', 'Claim')).toBe('#/claim/claim%3Ac');
    expect(pageOf('source:s', 'Source')).toBe('#/source/source%3As');
    expect(pageOf('country:MX', 'Country')).toBe('#/entity/country%3AMX');
    expect(pageOf('org:nbc', 'Organization')).toBe('#/entity/org%3Anbc');
    expect(pageOf('topic:t', 'Topic')).toBe('#/graph?focus=topic%3At');
  });
});
