// Read models: named collections of JSON documents with declared indexes, checkpoints and leases.
// Adapters: SQLite (embedded default) and MongoDB (production); both pass test/contract/docstore.
export * from './document-store.port';
export { openSqliteDocumentStore, SqliteDocumentStore, type SqliteDocumentStoreOptions } from './sqlite/sqlite-document-store';
export { openMongoDocumentStore, MongoDocumentStore, type MongoDocumentStoreOptions } from './mongo/mongo-document-store';
