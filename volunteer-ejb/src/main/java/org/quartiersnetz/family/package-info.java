/** Pseudonymous families (a code, never a name) of one carrier, and the audit of every read. */
package org.quartiersnetz.family;
