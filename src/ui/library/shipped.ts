// The files in scenarios/, bundled as text at build time (they are small: ~1–2 kB each).
import { galleryFromFiles, type Gallery } from './gallery.ts';

const FILES = import.meta.glob<string>('../../../scenarios/*.json', { query: '?raw', import: 'default', eager: true });

let gallery: Gallery | undefined;

/** Validated on first use, not at import. */
export function shippedGallery(): Gallery {
  return (gallery ??= galleryFromFiles(FILES));
}
