import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, loadEnvFile } from '../../../src/config/env';

function envFile(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storygraph-env-'));
  const file = path.join(dir, '.env');
  fs.writeFileSync(file, text);
  return file;
}

describe('.env loading', () => {
  it('adds what the file sets, but a real environment variable wins', () => {
    const file = envFile('# comment\nPORT=5000\nLOG_LEVEL=warn\nCORS_ORIGINS="https://a.example, https://b.example"\nHOST=0.0.0.0\n');
    const env: Record<string, string | undefined> = { HOST: '127.0.0.2' };
    expect(loadEnvFile(file, env).sort()).toEqual(['CORS_ORIGINS', 'LOG_LEVEL', 'PORT']);
    const config = loadConfig(env);
    expect(config.port).toBe(5000);
    expect(config.logLevel).toBe('warn');
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.host).toBe('127.0.0.2');
  });

  it('treats a variable set to an empty string as set (the environment still wins)', () => {
    const env: Record<string, string | undefined> = { SEED_ON_EMPTY: '' };
    loadEnvFile(envFile('SEED_ON_EMPTY=false\n'), env);
    expect(env.SEED_ON_EMPTY).toBe('');
  });

  it('does nothing without a file', () => {
    const env: Record<string, string | undefined> = {};
    expect(loadEnvFile(path.join(os.tmpdir(), 'no-such-dir-storygraph', '.env'), env)).toEqual([]);
    expect(env).toEqual({});
  });

  it('validates values from the file like any other: the bad one is named', () => {
    const env: Record<string, string | undefined> = {};
    loadEnvFile(envFile('METRICS_ENABLED=perhaps\n'), env);
    expect(() => loadConfig(env)).toThrow('METRICS_ENABLED must be true or false (got "perhaps")');
  });

  it('is what loadConfig() reads by default: the .env of the working directory, under process.env', async () => {
    const file = envFile('STORYGRAPH_DOTENV_PROBE=from-file\nSTORYGRAPH_DOTENV_REAL=from-file\nMAX_ALIASES=7\n');
    const cwd = process.cwd();
    const saved = { ...process.env };
    process.env.STORYGRAPH_DOTENV_REAL = 'from-environment';
    delete process.env.MAX_ALIASES;
    try {
      process.chdir(path.dirname(file));
      await jest.isolateModulesAsync(async () => {
        // A fresh module: the file is read once per process, on the first loadConfig().
        const fresh = await import('../../../src/config/env');
        expect(fresh.loadConfig().limits.maxAliases).toBe(7);
      });
      expect(process.env.STORYGRAPH_DOTENV_PROBE).toBe('from-file');
      expect(process.env.STORYGRAPH_DOTENV_REAL).toBe('from-environment');
    } finally {
      process.chdir(cwd);
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});

describe('METRICS_ENABLED', () => {
  it('is on by default and can be turned off', () => {
    expect(loadConfig({}).metrics).toBe(true);
    expect(loadConfig({ METRICS_ENABLED: 'false' }).metrics).toBe(false);
  });
});
