export * from './foreign-commits';
