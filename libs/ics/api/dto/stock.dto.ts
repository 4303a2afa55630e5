import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min, NotEquals } from 'class-validator';
import { BaseRequest, ListRequest } from '@g3n/platform';

const MAX_QTY = 1_000_000_000;

/** The stock a request acts on: one variant at one logical facility of the org. */
export class StockTargetRequest extends BaseRequest {
  @ApiProperty({ description: 'Logical facility (OFM), active, of this org.' }) @IsString() @Length(1, 64) logical_guid!: string;
  @ApiProperty({ description: 'Variant (PVM) of this org.' }) @IsString() @Length(1, 64) variant_id!: string;
}

export class IcsAdjustmentCreateRequest extends StockTargetRequest {
  @ApiProperty({ description: 'Units to add (positive) or remove (negative); never 0.', example: 5 })
  @IsInt() @NotEquals(0) @Min(-MAX_QTY) @Max(MAX_QTY)
  qty_delta!: number;
}

export class IcsStockGetRequest extends StockTargetRequest {}

export class IcsStockListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Only this logical facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'Only this variant (across facilities).' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
}

export class IcsStockTransitionRequest extends StockTargetRequest {
  @ApiProperty({ enum: ['on_hand', 'quarantine', 'damaged'], description: 'Bucket the units leave (on_hand: sellable stock).' })
  @IsIn(['on_hand', 'quarantine', 'damaged'])
  from!: 'on_hand' | 'quarantine' | 'damaged';

  @ApiProperty({ enum: ['on_hand', 'quarantine', 'damaged'], description: 'Bucket the units enter.' })
  @IsIn(['on_hand', 'quarantine', 'damaged'])
  to!: 'on_hand' | 'quarantine' | 'damaged';

  @ApiProperty({ minimum: 1, example: 2 }) @IsInt() @Min(1) @Max(MAX_QTY) qty!: number;
}

export class IcsStockCardListRequest extends ListRequest {
  @ApiPropertyOptional({ description: 'Only this logical facility.' }) @IsOptional() @IsString() @Length(1, 64) logical_guid?: string;
  @ApiPropertyOptional({ description: 'Only this variant.' }) @IsOptional() @IsString() @Length(1, 64) variant_id?: string;
  @ApiPropertyOptional({ description: 'Only the movements of this hold.' }) @IsOptional() @IsString() @Length(1, 200) hold_id?: string;
}

export class StockLevelDto {
  @ApiProperty() org_guid!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ description: 'Sellable units physically at the facility.' }) on_hand!: number;
  @ApiProperty() reserved!: number;
  @ApiProperty() allocated!: number;
  @ApiProperty() committed!: number;
  @ApiProperty({ description: 'on_hand − reserved − allocated − committed' }) available!: number;
  @ApiProperty({ description: 'Units held back for inspection (not in on_hand).' }) quarantine!: number;
  @ApiProperty({ description: 'Damaged units (not in on_hand).' }) damaged!: number;
  @ApiProperty({ description: 'Stock stream revision (-1: no movement yet).' }) revision!: number;
  @ApiPropertyOptional({ nullable: true }) created_at!: string | null;
  @ApiPropertyOptional({ nullable: true }) updated_at!: string | null;
}

export class StockCardEntryDto {
  @ApiProperty() org_guid!: string;
  @ApiProperty() logical_guid!: string;
  @ApiProperty() variant_id!: string;
  @ApiProperty({ description: 'Stock stream revision of the movement (ledger sequence).' }) revision!: number;
  @ApiProperty({ description: 'Log position (orders movements across stocks).' }) position!: number;
  @ApiProperty({ example: 'adjusted', description: 'adjusted, received, reserved, allocated, committed, released, hold-expired, shipped, transitioned, request-refused' }) movement!: string;
  @ApiProperty({ example: 'ics.stock-adjusted' }) event_type!: string;
  @ApiProperty({ description: 'Change per bucket (only those that moved).', example: { on_hand: 5, available: 5 } }) deltas!: Record<string, number>;
  @ApiProperty({ description: 'Running balance after the movement.' }) balance!: Record<string, number>;
  @ApiProperty() qty!: number;
  @ApiPropertyOptional({ nullable: true }) hold_id!: string | null;
  @ApiProperty({ description: 'What caused it: api, order, shipment, pcm-receipt, ics-receipt (with their ids).' }) source!: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true }) actor!: string | null;
  @ApiProperty() occurred_at!: string;
}
