/** Carriers (Träger) of the network and the youth-welfare office. */
package org.quartiersnetz.carrier;
