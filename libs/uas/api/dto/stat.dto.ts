import { ApiProperty } from '@nestjs/swagger';
import { BaseRequest } from '@g3n/platform';

export class UasStatRequest extends BaseRequest {}

export class UasStatCounts {
  @ApiProperty({ description: 'User accounts.' }) users!: number;
  @ApiProperty({ description: 'Users whose email is verified.' }) verified_users!: number;
  @ApiProperty({ description: 'Users still waiting for email verification.' }) pending_verification!: number;
}

export class UasStat {
  @ApiProperty({ example: 'uas' }) service!: string;
  @ApiProperty({ example: 'ok' }) status!: string;
  @ApiProperty({ type: UasStatCounts }) counts!: UasStatCounts;
}
