/**
 * What every area shares: the error hierarchy, time, the database and its migrations, and the
 * waiting list of places (slots, course runs). The ground floor: it uses no other area.
 */
package org.quartiersnetz.common;
