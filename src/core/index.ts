// The core's one entry: sheets in, forms + findings + computed-cell writes out.
import type { SheetData } from './types';
import type { Evaluation, ProfileId } from './report/types';

export interface EvaluateOptions {
  /** Force a profile instead of detecting it from the labels. */
  profile?: ProfileId;
}

export function evaluate(_sheets: SheetData[], _options: EvaluateOptions = {}): Evaluation {
  throw new Error('core not implemented yet');
}

export type * from './types';
export type * from './report/types';
