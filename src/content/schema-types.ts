/**
 * The subset of JSON Schema (draft 2020-12) that Awas content uses. The schema objects are the single
 * definition of the content format: the validator below interprets them at run time, and the build writes
 * the same objects to dist/awas-content.schema.json for campaign teams' editors and CI.
 */
export interface Schema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  description?: string;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: { pattern: string };
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: readonly (string | number | boolean)[];
  minimum?: number;
  maximum?: number;
  /** 'date-or-month' (ours): YYYY-MM-DD or YYYY-MM; other validators treat it as an annotation, the pattern still holds. */
  format?: 'date' | 'date-or-month' | 'uri';
}
