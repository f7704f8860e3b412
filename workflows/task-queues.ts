/** Rendering activities (PDF) run on their own task queue so documents never starve reminders, nor the reverse. */
export const documentsTaskQueue = (taskQueue: string): string => `${taskQueue}-documents`;
