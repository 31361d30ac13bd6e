// The tool binaries are shared with the other cross-service tests.
export * from '../../support/tools.ts';
