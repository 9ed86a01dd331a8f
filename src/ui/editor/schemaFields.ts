// Bounds and units of the scenario's numeric fields for the editor, from the field tables (src/scenario/fields.ts).
import { numericField, numericFieldsUnder, type NumericField } from '../../scenario/fields.ts';
import type { Path } from './paths.ts';

export type NumberField = NumericField & { path: Path };

/** Bounds of a numeric field (e.g. ['population', 'size']), or null if it is not one. */
export const numberField = (path: Path): NumberField | null => numericField(path);

/** Every numeric leaf under an object path, in schema order (e.g. all of 'behaviour'). */
export const numberFieldsUnder = (path: Path): NumberField[] => numericFieldsUnder(path);
