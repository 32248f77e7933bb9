module.exports = {
  displayName: 'nestjs',
  preset: '../../jest.preset.js',
  rootDir: '.',
  roots: ['<rootDir>/src'],
};
