// Blobs: files behind presigned URLs. The port, plus the local-files (embedded) and S3-compatible adapters.
export * from './blob-store.port';
export { DEFAULT_CONTENT_TYPE } from './blob-input.guards';
export { openFileBlobStore, BLOB_ROUTE_PREFIX } from './files/file-blob-store';
export type { FileBlobStore, FileBlobStoreOptions } from './files/file-blob-store';
export { registerBlobRoutes } from './files/blob-routes';
export type { BlobRoutesOptions } from './files/blob-routes';
export { verifyBlobSignature, BLOB_QUERY } from './files/blob-url-signature';
export type { BlobSignatureCheck, BlobSignatureFailure, BlobRequestToVerify } from './files/blob-url-signature';
export { openS3BlobStore } from './s3/s3-blob-store';
export type { S3BlobStore, S3BlobStoreOptions } from './s3/s3-blob-store';
