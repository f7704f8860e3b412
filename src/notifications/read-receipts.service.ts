import { Injectable } from '@nestjs/common';
import { MessageRepository } from './message.repository';

@Injectable()
export class ReadReceiptsService {
  constructor(private readonly messages: MessageRepository) {}

  /** Records the first time a message was opened; later opens keep that first timestamp. */
  async markRead(messageId: string, at = new Date()): Promise<boolean> {
    return this.messages.markRead(messageId, at);
  }
}
