// Which files a run may write. Outputs are compared with the scenario file and with each
// other by where they really lead (symlinks followed, `x/../a.csv` resolved, hard links
// caught by device and inode), so no spelling of a path can write over the scenario or send
// two outputs into one file.
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Links followed before giving up (Linux's own limit). */
const MAX_LINKS = 40;

/** Where a path leads: the file itself if it exists (symlinks followed), else the real
 *  directory it would be made in, joined with its name; a dangling symlink leads to the file
 *  it names, which is where writing through it would go. */
export function realTarget(path: string): string {
  let at = resolve(path);
  for (let i = 0; i < MAX_LINKS; i++) {
    try {
      return realpathSync(at);
    } catch {
      // missing, or a dangling link: follow the link by hand, else place the name
    }
    try {
      if (!lstatSync(at).isSymbolicLink()) break;
      at = resolve(dirname(at), readlinkSync(at));
    } catch {
      break;
    }
  }
  try {
    return join(realpathSync(dirname(at)), basename(at));
  } catch {
    return at;
  }
}

function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Why the outputs cannot be written as asked, or null. `inputs`: files the run reads. */
export function checkOutputs(inputs: readonly string[], outputs: readonly { option: string; path: string | undefined }[]): string | null {
  const given = outputs.filter((o): o is { option: string; path: string } => o.path !== undefined);
  for (const o of given)
    for (const input of inputs) if (sameFile(o.path, input)) return `${o.option} ${o.path}: the output would overwrite the scenario file ${input}`;
  for (let i = 0; i < given.length; i++)
    for (let j = i + 1; j < given.length; j++)
      if (sameFile(given[i].path, given[j].path)) return `${given[i].option} ${given[i].path} and ${given[j].option} ${given[j].path} are the same file`;
  return null;
}
