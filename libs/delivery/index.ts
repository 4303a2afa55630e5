// The delivery engine shared by IPM webhooks and RBS subscriptions: signed, ordered, at-least-once delivery off the log.
export * from './delivery.port';
export * from './secret-vault';
export * from './signing';
export * from './http-transport';
export * from './schedule';
export * from './target-url';
export * from './delivery';
export * from './delivery-engine';
export * from './sqs-transport';
