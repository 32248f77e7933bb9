import { IsObject } from 'class-validator';

/**
 * Body of `PUT /workspaces/:workspaceId/field-restrictions`: per role (`member`, `viewer`), per entity, the
 * properties that role may not see. Checked against the privacy annotations by `validateHiddenFields`.
 *
 * @example
 * const body: PutFieldRestrictionsDto = { hidden: { member: { Contact: ['phone'] }, viewer: { Contact: ['phone', 'email'] } } };
 */
export class PutFieldRestrictionsDto {
  @IsObject({ message: 'hidden must be an object: { member?: { Entity: [properties] }, viewer?: { … } }' })
  hidden!: Record<string, unknown>;
}
