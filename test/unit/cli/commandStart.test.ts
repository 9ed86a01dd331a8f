// How the analysis commands start: help, a bad argument above the usage, an output over an
// input refused, and input that cannot be used listed a problem a line.
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_OK, refuseInput, startCommand, type CommandArgs } from '../../../src/cli/commandStart.ts';

type Options = { file: string; out?: string };

function command() {
  const said = { stdout: '', stderr: '' };
  const cmd = {
    name: 'loyalty-lab try',
    usage: 'Usage: try <file>\n',
    io: { stdout: (t: string) => (said.stdout += t), stderr: (t: string) => (said.stderr += t) },
  };
  const start = (args: CommandArgs<Options>) => startCommand(cmd, args, (o) => ({ outputs: [o.out], inputs: [o.file], inputsCalled: 'the try file' }));
  return { cmd, said, start };
}

describe('startCommand', () => {
  it('prints the usage for --help and ends there', () => {
    const c = command();
    expect(c.start({ help: true })).toBe(EXIT_OK);
    expect(c.said).toEqual({ stdout: 'Usage: try <file>\n', stderr: '' });
  });

  it('names a bad argument above the usage', () => {
    const c = command();
    expect(c.start({ help: false, error: '--reps: must be between 2 and 1000' })).toBe(EXIT_BAD_INPUT);
    expect(c.said.stderr).toBe('loyalty-lab try: --reps: must be between 2 and 1000\n\nUsage: try <file>\n');
  });

  it('refuses an output that is an input, however the path is written, and gives the options otherwise', () => {
    const c = command();
    expect(c.start({ help: false, options: { file: 'a/b.json', out: './a/../a/b.json' } })).toBe(EXIT_BAD_INPUT);
    expect(c.said.stderr).toBe('loyalty-lab try: ./a/../a/b.json: the output would overwrite the try file\n');
    const options = { file: 'a/b.json', out: 'a/c.json' };
    expect(command().start({ help: false, options })).toBe(options);
    expect(command().start({ help: false, options: { file: 'a/b.json' } })).toEqual({ file: 'a/b.json' });
  });
});

describe('refuseInput', () => {
  it('lists the problems a line each, indented under what cannot be used', () => {
    const c = command();
    expect(refuseInput(c.cmd, 'x.json is not a usable experiment', ['factors[0].path: unknown', 'replicates: too many'])).toBe(EXIT_BAD_INPUT);
    expect(c.said.stderr).toBe('loyalty-lab try: x.json is not a usable experiment:\n  factors[0].path: unknown\n  replicates: too many\n');
  });
});
