import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class ReadReceiptsService {
  constructor(private readonly prisma: PrismaService) {}

  /** Records the first time a message was opened; later opens keep that first timestamp. */
  async markRead(messageId: string, at = new Date()): Promise<boolean> {
    const { count } = await this.prisma.message.updateMany({ where: { id: messageId, readAt: null }, data: { readAt: at } });
    return count === 1;
  }
}
