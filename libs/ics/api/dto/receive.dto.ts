import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

export class ReceiveLineInput {
  @ApiProperty() @IsString() @Length(1, 64) variant_id!: string;
  @ApiProperty({ minimum: 1, example: 10 }) @IsInt() @Min(1) @Max(1_000_000_000) qty!: number;
}

export class IcsReceiveRecordRequest extends BaseRequest {
  @ApiProperty({ description: 'Where the goods arrived: an active logical facility of this org.' }) @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty({ type: [ReceiveLineInput] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => ReceiveLineInput)
  lines!: ReceiveLineInput[];
}

export class IcsReceiveGetRequest extends BaseRequest {
  @ApiProperty() @IsString() @Length(1, 64) receipt_id!: string;
}

export class IcsReceiveListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Only receipts at this logical facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
}

export class ReceiptLineDto {
  @ApiProperty({ example: '1' }) line_id!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty() qty!: number;
}

export class ReceiptDto {
  @ApiProperty() receipt_id!: string;
  @ApiProperty() org_guid!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty({ type: [ReceiptLineDto] }) lines!: ReceiptLineDto[];
  @ApiProperty() total_qty!: number;
  @ApiProperty({ enum: ['recorded'] }) status!: string;
  @ApiPropertyOptional({ nullable: true }) reason!: string | null;
  @ApiProperty({ description: 'The request\'s source_refs (e.g. the ASN or delivery note).' }) source_refs!: Array<{ kind: string; id: string }>;
  @ApiProperty() revision!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}
