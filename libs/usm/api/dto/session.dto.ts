import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { BodyAuthRequest, ListRequest } from '@g3n/platform';

/** Sign-in: no credential yet, so no org and no body auth fields. */
export class SessionCreateRequest {
  @ApiProperty({ example: 'owner@example.com' }) @IsString() @Length(3, 254) email!: string;
  @ApiProperty({ example: 'Correct-Horse-9', description: 'Never logged or stored in an event.' }) @IsString() @Length(1, 256) passcode!: string;
  @ApiPropertyOptional({ example: 'owner-session' }) @IsOptional() @IsString() @MaxLength(120) caption?: string;
  @ApiPropertyOptional({ example: 'owner-web' }) @IsOptional() @IsString() @MaxLength(120) session_label?: string;
  @ApiPropertyOptional({ example: 'login' }) @IsOptional() @IsString() @MaxLength(200) reason?: string;
}

/** validate / get / close / logout_*: the session is the credential (x-session-guid or body session_guid). */
export class SessionRequest extends BodyAuthRequest {}

export class SessionListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Session guid, when not sent as x-session-guid.' })
  @IsOptional() @IsString() @Length(1, 128)
  session_guid?: string;

  @ApiPropertyOptional({ enum: ['active', 'closed', 'revoked', 'expired'] })
  @IsOptional() @IsIn(['active', 'closed', 'revoked', 'expired'])
  status?: string;
}

export class Session {
  @ApiProperty() session_guid!: string;
  @ApiProperty() user_guid!: string;
  @ApiProperty({ enum: ['active', 'closed', 'revoked', 'expired'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ nullable: true, type: String }) session_label!: string | null;
  @ApiProperty() created_at!: string;
  @ApiProperty() expires_at!: string;
  @ApiProperty({ nullable: true, type: String }) closed_at!: string | null;
  @ApiProperty({ description: 'Stream revision of the session.' }) revision!: number;
  @ApiProperty() updated_at!: string;
}

export class SessionsRevokedResult {
  @ApiProperty() user_guid!: string;
  @ApiProperty({ enum: ['all', 'others'] }) scope!: string;
  @ApiProperty() revoked_at!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The session left valid (logout_other_devices).' }) kept_session_guid!: string | null;
}
