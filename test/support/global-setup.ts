import { startTestStack } from './stack';

export default async function globalSetup(): Promise<void> {
  await startTestStack();
}
