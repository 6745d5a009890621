/** Apollo Client 4 warns (cache data loss, missing fields) only in development mode, read when it is first imported. */
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
