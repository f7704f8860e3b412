// Type-checking is `npm run typecheck`'s job; tests transpile file by file to CommonJS (Jest's module system) and start fast.
const tsJest = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] };
const common = { testEnvironment: 'node', transform: tsJest, moduleFileExtensions: ['ts', 'js', 'json'] };
const withStack = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

// One command runs everything: unit specs, time-skipping workflow tests, service-level integration tests, e2e against the real stack, browser tests.
/** @type {import('jest').Config} */
const config = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/workflows/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      ...withStack,
      displayName: 'workflows',
      rootDir: '.',
      testMatch: ['<rootDir>/test/workflows/**/*.test.ts'],
    },
    {
      ...common,
      ...withStack,
      displayName: 'integration',
      rootDir: '.',
      testMatch: ['<rootDir>/test/integration/**/*.integration.ts'],
    },
    { ...common, ...withStack, displayName: 'e2e', rootDir: '.', testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'] },
    { ...common, ...withStack, displayName: 'ui', rootDir: '.', testMatch: ['<rootDir>/test/ui/**/*.ui.ts'] },
  ],
  testTimeout: 120_000,
  verbose: true,
};

module.exports = config;
