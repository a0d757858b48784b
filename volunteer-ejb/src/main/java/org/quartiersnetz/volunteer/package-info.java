/** Volunteers: sign-up, profile and lifecycle. */
package org.quartiersnetz.volunteer;
