/** Asks the delivery queue to try `deliveryId` (at `startAfter`, default now); null: look for every due delivery. */
export type WebhookQueueSender = (deliveryId: string | null, startAfter?: Date) => Promise<void>;

let sender: WebhookQueueSender | null = null;

/** The job runner plugs its pg-boss queue in here; without one (tests without jobs) deliveries wait for the next sweep. */
export function useWebhookQueue(next: WebhookQueueSender | null): void {
  sender = next;
}

export async function nudgeWebhookQueue(deliveryId: string | null = null, startAfter?: Date): Promise<void> {
  await sender?.(deliveryId, startAfter);
}
