/** The carriers' regular offers on site and the week they make up for the neighbourhood. */
package org.quartiersnetz.offer;
