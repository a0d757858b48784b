/** E-mail: a transactional outbox, written with the business change and sent by a background worker. */
package org.quartiersnetz.notification;
