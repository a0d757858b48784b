/** §72a SGB VIII: inspections of extended certificates of conduct, what they allow, and their deletion. */
package org.quartiersnetz.clearance;
