// The library's public API: pure functions a user can call directly. Everything else is internal.
export {};
