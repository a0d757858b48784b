/**
 * Trying the platform out: demo mode (QN_DEMO=true) with the Derrsiedlung network, one account per
 * role, neighbours, a family, tasks and offers; and the development mail catcher of `./mvnw -Prun`
 * (QN_DEV_MAIL_CATCHER=true, never on PostgreSQL). The top floor: it uses the other areas,
 * nothing uses it.
 */
package org.quartiersnetz.demo;
