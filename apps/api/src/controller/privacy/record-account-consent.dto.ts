import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString } from 'class-validator';

/**
 * Body of `POST /me/privacy/consents`: consent given (`true`) or withdrawn (`false`) for one consent-based purpose
 * of Aktok's own processing (analytics, session recording, marketing, push notifications).
 *
 * @example
 * // POST /me/privacy/consents { "purpose": "marketing", "granted": false }
 */
export class RecordAccountConsentDto {
  @ApiProperty({ example: 'marketing' }) @IsString() purpose!: string;
  @ApiProperty() @IsBoolean() granted!: boolean;
}
