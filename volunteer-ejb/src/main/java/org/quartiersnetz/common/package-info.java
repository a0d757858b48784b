/** What every area shares: the error hierarchy, time, the database and its migrations. */
package org.quartiersnetz.common;
