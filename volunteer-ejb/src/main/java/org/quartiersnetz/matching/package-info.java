/** The matching engine: hard constraints, explained scores, batch proposals. */
package org.quartiersnetz.matching;
