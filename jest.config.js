// One Jest run for the whole suite: fast pure tests, adapter contract suites, and the e2e/crash tests.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,projections,test}/**/*.{spec,contract-spec,e2e-spec}.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/data/'],
  // content-disposition 3 (under @fastify/static, for the /docs explorer) ships only ES modules; Node loads it
  // with require(esm), Jest does not, so swc turns it into CommonJS for the tests.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  transform: {
    '/node_modules/content-disposition/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  moduleNameMapper: {
    '^@g3n/projections$': '<rootDir>/projections/index.ts',
    '^@g3n/([a-z-]+)$': '<rootDir>/libs/$1/index.ts',
  },
  testTimeout: 30000,
};
