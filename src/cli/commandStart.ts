// How the analysis commands (`npm run calibrate`, `npm run optimise`) start and refuse input:
// --help prints the usage; a bad argument is named above the usage; an output that would
// overwrite one of the inputs is refused before anything is read; input that cannot be used is
// listed a problem a line. The exit codes are the simulation command's (run.ts).
import { resolve } from 'node:path';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

export interface Command {
  /** How its messages begin: `loyalty-lab calibrate`. */
  name: string;
  usage: string;
  io: { stdout(text: string): void; stderr(text: string): void };
}

/** What a command's argument parser gives. */
export type CommandArgs<Options> = { help: true } | { help: false; options: Options } | { help: false; error: string };

/** The outputs a run would write, and the inputs none of them may be (called so in the message). */
export interface Files {
  outputs: readonly (string | undefined)[];
  inputs: readonly string[];
  inputsCalled: string;
}

/** The options to run with, or the exit code when the command ends here (help, a bad argument,
 *  an output that would overwrite an input). */
export function startCommand<Options extends object>(cmd: Command, args: CommandArgs<Options>, files: (o: Options) => Files): Options | number {
  if (args.help) {
    cmd.io.stdout(cmd.usage);
    return EXIT_OK;
  }
  if ('error' in args) {
    cmd.io.stderr(`${cmd.name}: ${args.error}\n\n${cmd.usage}`);
    return EXIT_BAD_INPUT;
  }
  const o = args.options;
  const { outputs, inputs, inputsCalled } = files(o);
  const read = inputs.map((p) => resolve(p));
  for (const out of outputs)
    if (out !== undefined && read.includes(resolve(out))) {
      cmd.io.stderr(`${cmd.name}: ${out}: the output would overwrite ${inputsCalled}\n`);
      return EXIT_BAD_INPUT;
    }
  return o;
}

/** Says why the input cannot be used, a problem a line; gives the exit code for bad input. */
export function refuseInput(cmd: Command, what: string, problems: readonly string[]): number {
  cmd.io.stderr(`${cmd.name}: ${what}:\n${problems.map((e) => `  ${e}\n`).join('')}`);
  return EXIT_BAD_INPUT;
}
