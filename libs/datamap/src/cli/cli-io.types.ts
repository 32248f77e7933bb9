/**
 * The CLI's side effects, injectable for tests.
 *
 * @example
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), writeFile: writeFileSync, readFile: (p) => readFileSync(p, 'utf8') };
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
  readFile(path: string): string;
}
