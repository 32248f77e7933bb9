module.exports = {
  displayName: 'tools',
  preset: '../jest.preset.js',
  rootDir: '.',
  roots: ['<rootDir>'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: false }] },
};
