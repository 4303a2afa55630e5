import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { BaseRequest } from '@g3n/platform';
import { PVM_CODE_INPUT, PVM_CODE_MESSAGE } from '../../shared/codes';
import { ACTIVE_STATUSES, ActiveStatus } from '../../shared/status';
import { CatalogRecordDto, PvmCaptionUpdate, PvmCodeField } from './catalog-common.dto';

const StatusFields = () => {
  class Status extends BaseRequest {
    @ApiProperty({ enum: [...ACTIVE_STATUSES] }) @IsIn(ACTIVE_STATUSES) status!: ActiveStatus;
    @ApiProperty({ description: 'The revision you last read.', minimum: 0 }) @IsInt() @Min(0) expected_revision!: number;
  }
  return Status;
};

export class OptionGroupCreateRequest extends PvmCodeField {}
export class OptionGroupGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) group_id!: string; }
export class OptionGroupUpdateRequest extends PvmCaptionUpdate { @ApiProperty() @IsString() @Length(1, 64) group_id!: string; }
export class OptionGroupStatusRequest extends StatusFields() { @ApiProperty() @IsString() @Length(1, 64) group_id!: string; }

export class OptionCreateRequest extends PvmCodeField {
  @ApiProperty({ description: 'Code of an active option group of the org; the option code is unique within it.', example: 'COLOR' })
  @IsString() @Matches(PVM_CODE_INPUT, { message: `group_code ${PVM_CODE_MESSAGE}` })
  group_code!: string;
}
export class OptionGetRequest extends BaseRequest { @ApiProperty() @IsString() @Length(1, 64) option_id!: string; }
export class OptionUpdateRequest extends PvmCaptionUpdate { @ApiProperty() @IsString() @Length(1, 64) option_id!: string; }
export class OptionStatusRequest extends StatusFields() { @ApiProperty() @IsString() @Length(1, 64) option_id!: string; }

export class OptionGroupDto extends CatalogRecordDto(ACTIVE_STATUSES) {
  @ApiProperty() group_id!: string;
  @ApiProperty() caption!: string;
}
export class OptionDto extends CatalogRecordDto(ACTIVE_STATUSES) {
  @ApiProperty() option_id!: string;
  @ApiProperty() group_id!: string;
  @ApiProperty() group_code!: string;
  @ApiProperty() caption!: string;
}
