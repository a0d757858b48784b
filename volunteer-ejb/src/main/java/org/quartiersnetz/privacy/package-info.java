/** Versioned privacy notices and the consent volunteers give to them. */
package org.quartiersnetz.privacy;
