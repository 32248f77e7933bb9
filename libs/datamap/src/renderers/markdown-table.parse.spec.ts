import { parseMarkdownTables } from './markdown-table.parse';
import { mdTable } from './markdown.util';

describe('parseMarkdownTables', () => {
  it('reads back what mdTable writes, escapes included, under the nearest heading', () => {
    const md = ['# Doc', '', '## First', '', mdTable(['A', 'B'], [['x|y', 'back\\slash'], ['two\nlines', '']]), '', 'text', '', '### Second', '', mdTable(['C'], [['z']])].join('\n');
    expect(parseMarkdownTables(md)).toEqual([
      { heading: 'First', header: ['A', 'B'], rows: [['x|y', 'back\\slash'], ['two\nlines', '']] },
      { heading: 'Second', header: ['C'], rows: [['z']] },
    ]);
  });

  it('ignores pipes outside tables', () => {
    expect(parseMarkdownTables('a | b\n\n| not a table |\n')).toEqual([]);
  });
});
