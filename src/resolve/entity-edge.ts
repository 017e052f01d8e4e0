/** A scored reason to put two name spellings (mention numbers) in one entity, with the words a person will read. */
export interface EntityEdge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly rule: 'uscc_equal' | 'core_equal' | 'short_name' | 'core_contains' | 'core_fuzzy' | 'context' | 'manual_link';
  readonly label: string;
}
