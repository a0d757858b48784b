/** Training: the course catalogue, course runs with their dates, enrolment, attendance and the qualifications they lead to. */
package org.quartiersnetz.training;
