// Share links: the page address with the whole scenario in the fragment (see scenario/share.ts).
import { encodeShareLink } from '../../scenario/share.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface Place {
  origin: string;
  pathname: string;
}

/** A fragment meant as a share link, of this format or another: `#s1.…`. Other fragments
 *  are left alone (they are not ours to complain about). */
export function isShareHash(hash: string): boolean {
  return /^#?s\d{1,6}\./.test(hash);
}

export function shareUrl(place: Place, scenario: Scenario): string {
  return `${place.origin}${place.pathname}#${encodeShareLink(scenario)}`;
}
