import { pdfText } from './pdf';
import { testStack } from './stack';

export interface MaildevMail {
  id: string;
  subject: string;
  text: string;
  html?: string;
  to: Array<{ address: string }>;
  cc?: Array<{ address: string }>;
  headers: Record<string, string>;
  attachments?: Array<{ filename: string; generatedFileName: string; contentType: string }>;
}

/** Mails the SMTP peer received for one address (tests use distinct addresses, the peer is shared). */
export async function mailsTo(address: string): Promise<MaildevMail[]> {
  const mails = (await (await fetch(`${testStack().maildevUrl}/api/email`)).json()) as MaildevMail[];
  return mails.filter((m) => m.to.some((t) => t.address === address));
}

/** The bytes of an attachment exactly as the customer received them. */
export async function attachmentContent(mail: MaildevMail, index = 0): Promise<Buffer> {
  const file = mail.attachments![index].generatedFileName;
  const response = await fetch(`${testStack().maildevUrl}/api/email/${mail.id}/attachment/${encodeURIComponent(file)}`);
  if (!response.ok) {
    throw new Error(`maildev attachment ${file}: HTTP ${response.status} ${await response.text()}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

export async function attachmentText(mail: MaildevMail, index = 0): Promise<string> {
  return pdfText(await attachmentContent(mail, index));
}
