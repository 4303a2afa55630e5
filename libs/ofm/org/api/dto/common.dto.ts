import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';

/** Updates and status changes: the revision the client last read (428 when missing, 409 when stale). */
export class RevisionRequest extends BaseRequest {
  @ApiProperty({ description: 'The revision you last read (428 when missing, 409 with conflict_snapshot.revision when stale).' })
  @IsInt() @Min(0)
  expected_revision!: number;
}
