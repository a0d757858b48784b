/** Family-support tasks of the carriers and their types. */
package org.quartiersnetz.task;
