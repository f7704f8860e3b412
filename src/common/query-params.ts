// How query-string values become typed DTO fields.

/** "true" / "false" in a query string become booleans; anything else is left for @IsBoolean to refuse. */
export const toBool = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
