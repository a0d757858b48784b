/**
 * What every area shares: the error hierarchy, time, the database and its migrations, the waiting
 * list of places (slots, course runs, supervision sessions), weekly times, and the texts staff write
 * in German and further languages. The ground floor: it uses no other area.
 */
package org.quartiersnetz.common;
