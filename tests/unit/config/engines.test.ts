import fs from 'node:fs';
import semver from 'semver';
import { fromRoot } from '../../../src/config/paths';

const pkg = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(fromRoot('package-lock.json'), 'utf8'));

describe('engines', () => {
  it('promises no Node version that an installed package refuses (npm ci prints no EBADENGINE on any of them)', () => {
    const ours: string = pkg.engines.node;
    const refused = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([path, entry]) => path !== '' && typeof entry.engines?.node === 'string')
      .filter(([, entry]) => !semver.subset(ours, entry.engines!.node!))
      .map(([path, entry]) => `${path} wants ${entry.engines!.node}`);
    expect(refused).toEqual([]);
  });

  it('is the Node line of the Dockerfile', () => {
    const image = /^FROM node:(\d+)/m.exec(fs.readFileSync(fromRoot('Dockerfile'), 'utf8'))![1];
    expect(semver.intersects(pkg.engines.node, `${image}.x`)).toBe(true);
  });
});
