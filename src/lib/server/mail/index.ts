import type { Database } from '$lib/server/db';
import { logger } from '$lib/server/log';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

export type MailTransport = (message: MailMessage) => Promise<void>;

let transport: MailTransport | undefined;

/** Without SMTP_URL there is no transport: mail stays in the outbox table, readable by admins. */
export function setMailTransport(t: MailTransport | undefined): void {
	transport = t;
}

export async function createSmtpTransport(url: string): Promise<MailTransport> {
	const nodemailer = await import('nodemailer');
	const smtp = nodemailer.createTransport(url);
	return async (m) => {
		await smtp.sendMail({
			from: 'Innomatch <no-reply@innomatch.local>',
			to: m.to,
			subject: m.subject,
			text: m.text
		});
	};
}

export interface QueuedMail {
	id: string;
	message: MailMessage;
}

/** Records the message in the outbox; pass the transaction so a rollback leaves no mail behind. */
export async function queueMail(db: Database, message: MailMessage): Promise<QueuedMail> {
	const row = await db
		.insertInto('mailOutbox')
		.values({ toAddress: message.to, subject: message.subject, bodyText: message.text })
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id: row.id, message };
}

/** Sends queued mail through the transport, if any; call it after the transaction committed. */
export async function deliverMail(db: Database, queued: QueuedMail): Promise<void> {
	if (!transport) return;
	try {
		await transport(queued.message);
		await db.updateTable('mailOutbox').set({ sentAt: new Date() }).where('id', '=', queued.id).execute();
	} catch (e) {
		logger.warn({ err: e, mailId: queued.id }, 'mail delivery failed');
		await db
			.updateTable('mailOutbox')
			.set({ error: String(e) })
			.where('id', '=', queued.id)
			.execute();
	}
}
