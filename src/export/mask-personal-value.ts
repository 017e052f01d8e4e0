import type { PersonalKind } from '../../schemas/masking-policy-schema.js';
import { maskPersonName } from '../normalize/mask-person-name.js';
import { maskPhone } from '../normalize/mask-phone.js';
import { maskResidentId } from '../normalize/mask-resident-id.js';
import type { MaskingPolicy } from './load-masking-policy.js';
import { maskFreeText } from './mask-free-text.js';

/**
 * Masks one personal value by its kind: ID 6+4, phone 3+4, name surname only, free text by the
 * policy's patterns plus the known names of the same case.
 * @example maskPersonalValue('310104199609249899', 'id_number', policy) //=> '310104********9899'
 */
export function maskPersonalValue(value: string, kind: PersonalKind, policy: MaskingPolicy, knownNames: readonly string[] = []): string {
  switch (kind) {
    case 'id_number':
      return maskResidentId(value);
    case 'phone':
      return maskPhone(value);
    case 'person_name':
      return maskPersonName(value);
    case 'free_text':
      return maskFreeText(value, policy.patterns, policy.maskKnownNames ? knownNames : []);
  }
}
