// ICS owns stock: levels per org × logical facility × variant, every movement (the stock card), holds and receipts.
// Other services read `ics_stock_levels` and react to the `ics.stock-*` events; see docs/ics.md.
export { IcsModule, icsEvents, icsReactors } from './ics.module';
export { setStockPolicy } from './operator';
export { stockStream, orderHoldId } from './stock/streams';
export type { StockBalance, StockSource, HoldStage, OrderStockAction } from './stock/stock.events';
