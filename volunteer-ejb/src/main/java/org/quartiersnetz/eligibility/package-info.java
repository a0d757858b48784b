/** Whether a volunteer may take up a kind of task on a date: clearance, courses, declarations, age, status. */
package org.quartiersnetz.eligibility;
