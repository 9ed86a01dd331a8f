// Share links: the page address with the whole scenario in the fragment (see scenario/share.ts).
import { encodeShareLink, looksLikeShareLink } from '../../scenario/share.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface Place {
  origin: string;
  pathname: string;
}

/** A fragment meant as a share link, of this format or another: `#s1.…`, also with spaces
 *  or percent-escapes (`#%20s1.…`), which are then decoded or reported, never ignored. Other
 *  fragments are left alone (they are not ours to complain about). */
export function isShareHash(hash: string): boolean {
  return looksLikeShareLink(hash);
}

export function shareUrl(place: Place, scenario: Scenario): string {
  return `${place.origin}${place.pathname}#${encodeShareLink(scenario)}`;
}
