import { ErasureError } from './erasure.error';

/**
 * A row shared with other subjects must be kept, but its link to the erased subject is a NOT NULL column and the
 * row holds other fields: neither removing the link nor deleting the row (other subjects' data) is possible.
 *
 * @example
 * throw new ErasureLinkError('EmailMessage', 'contactId');
 */
export class ErasureLinkError extends ErasureError {
  constructor(entity: string, property: string) {
    super(
      'ERASURE_LINK',
      `${entity}.${property} links shared rows to the erased subject but cannot be NULL, and the rows hold other fields: make the column nullable, or the @OwnedBy edge not shared if the rows belong to that subject alone`,
      entity,
      property,
    );
  }
}
