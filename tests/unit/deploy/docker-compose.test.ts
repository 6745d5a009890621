import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../../../src/config/paths';

const compose = parse(fs.readFileSync(fromRoot('docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with a healthcheck, a volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell/);
    expect(neo4j.volumes[0]).toMatch(/^neo4j-data:\/data$/);
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_PASSWORD/);
  });

  it('builds the API from the Dockerfile and starts it once Neo4j is healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(fs.existsSync(fromRoot('Dockerfile'))).toBe(true);
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.NEO4J_PASSWORD).toBe(compose.services.neo4j.environment.NEO4J_AUTH.replace('neo4j/', ''));
    expect(api.environment.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD/); // taken from the environment
    expect(api.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  // Only where a compose client exists (CI installs Debian's docker-compose); the checks above run everywhere.
  for (const [cmd, args] of composeClients()) {
    it(`passes \`${cmd} ${args.join(' ')}\``, () => {
      const result = spawnSync(cmd, args, { cwd: fromRoot(), encoding: 'utf8' });
      expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({ status: 0, stderr: '' });
    });
  }
});

function composeClients(): [string, string[]][] {
  const clients: [string, string[]][] = [];
  if (spawnSync('docker', ['compose', 'version']).status === 0) clients.push(['docker', ['compose', 'config', '-q']]);
  if (spawnSync('docker-compose', ['version']).status === 0) clients.push(['docker-compose', ['config', '-q']]);
  return clients;
}
