import type { Payload } from './payloads.mjs';
export type Collection = 'hotlines' | 'questions' | 'examples' | 'stats';
export function baseItem(collection: Collection, id: string): Record<string, unknown>;
export const FIELDS: Record<Collection, string[]>;
export function withPayload<T>(item: T, field: string, payload: string): T;
export function chunks(size: number): Payload[][];
export function corpusPack(collection: Collection, field: string, chunk: Payload[]): Record<string, unknown>;
