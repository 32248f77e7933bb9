module.exports = {
  displayName: 'annotations',
  preset: '../../jest.preset.js',
  rootDir: '.',
  roots: ['<rootDir>/src'],
};
