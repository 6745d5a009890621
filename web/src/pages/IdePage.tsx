import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import 'graphiql/graphiql.css';
import { authHeaders, GRAPHQL_URL } from '../api/client';

/** Same endpoint and credential as the pages; GraphiQL's assets are bundled, so it works offline. */
const fetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params) => {
  const res = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
    body: JSON.stringify(params),
  });
  return res.json();
};

const EXAMPLE = `# The mission question: claims about Russia and Mexico, their sources and publishers
{
  claims(filter: { aboutCountries: ["RU", "MX"] }) {
    totalCount
    edges { node { kind text sources { title publisher { name } } } }
  }
}
`;

export default function IdePage() {
  return (
    <div className="ide">
      <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
    </div>
  );
}
