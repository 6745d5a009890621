import { Client, fetchExchange, gql } from '@urql/core';
import { startTestApp, TestApp } from '../../support/app';

const TOPICS = gql`
  query Topics {
    topics {
      id
      name
    }
  }
`;

/** The README's urql setting: its default sends queries as GET, which the server refuses as a CSRF risk; POST works. */
describe('urql', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('is refused with its default GET for queries', async () => {
    const client = new Client({ url: `${app.baseUrl}/graphql`, exchanges: [fetchExchange] });
    const result = await client.query(TOPICS, {}).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.message).toMatch(/Cross-Site Request Forgery|CSRF/i);
  });

  it('works with preferGetMethod: false', async () => {
    const client = new Client({ url: `${app.baseUrl}/graphql`, exchanges: [fetchExchange], preferGetMethod: false });
    const result = await client.query(TOPICS, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(Array.isArray(result.data.topics)).toBe(true);
  });
});
