export interface Payload {
  id: number;
  kind: string;
  value: string;
  note?: string;
}
export const PAYLOADS: Payload[];
export const LOOPBACK_HOSTS: string[];
export function hostsIn(text: string): string[];
