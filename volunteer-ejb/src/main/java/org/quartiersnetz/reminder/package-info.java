/**
 * Reminders by e-mail through the outbox: a course or supervision session tomorrow, a slot
 * tomorrow, supervision overdue, a qualification expiring in 30 days, a §72a clearance to renew in
 * 60 days. Each is sent once: claimed by its row in reminder_sent, inserted in the transaction that
 * queues the mail, and the job itself runs on one instance at a time under a lease in the database.
 */
package org.quartiersnetz.reminder;
