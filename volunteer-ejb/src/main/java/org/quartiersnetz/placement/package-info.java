/** Placements of volunteers in tasks: proposal, answer, intro meeting, tandem steps, active, ended. */
package org.quartiersnetz.placement;
