/**
 * Three projects: unit tests never touch a database; integration tests get a real Neo4j; e2e drives
 * the web explorer in a real headless Chromium against the real service (and the same Neo4j).
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

/**
 * jose ships ES modules only: Node 20 loads them with require(esm), but Jest's module system does
 * not, so its files are compiled to CommonJS like ours.
 */
const esmOnly = {
  transform: { '^.+\\.ts$': tsJest, '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }] },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};

const integration = {
  displayName: 'integration',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/integration'],
  ...esmOnly,
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
};

module.exports = {
  // Integration suites start servers and write to Neo4j; no test relies on this being short.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/unit'],
      ...esmOnly,
      setupFiles: ['reflect-metadata'],
    },
    integration,
    {
      ...integration,
      displayName: 'e2e',
      roots: ['<rootDir>/tests/e2e'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
    },
  ],
};
