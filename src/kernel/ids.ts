/** Ids are UUIDs; this tells whether a string is one (any version, any case). */
export const isUuid = (value: string): boolean => UUID.test(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
