/** Supervision of volunteers: sessions, attendance, confidential notes, who is overdue. */
package org.quartiersnetz.supervision;
