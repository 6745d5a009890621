import fs from 'node:fs';
import { fromRoot } from '../../src/config/paths';

export interface ReadmeExample {
  name: string;
  query: string;
}

/** Every ```graphql block of the README that follows an `<!-- example: name -->` marker. */
export function readmeExamples(): ReadmeExample[] {
  const text = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const examples: ReadmeExample[] = [];
  const pattern = /<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) examples.push({ name: match[1], query: match[2] });
  return examples;
}

/** Graphql blocks without a marker would go untested: the README test fails on them. */
export function unmarkedGraphqlBlocks(): number {
  const text = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const all = text.match(/```graphql\n/g)?.length ?? 0;
  return all - readmeExamples().length;
}
