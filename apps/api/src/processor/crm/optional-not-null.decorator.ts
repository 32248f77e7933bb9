import { ValidateIf } from 'class-validator';

/**
 * Optional in a body, but not nullable: an absent property skips the other validators, `null` does not (so a
 * PATCH cannot clear a NOT NULL column and fail in the database). Unlike `@IsOptional()`, which skips `null`.
 *
 * @example
 * @OptionalNotNull() @IsString() @IsNotEmpty()
 * firstName?: string;
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
