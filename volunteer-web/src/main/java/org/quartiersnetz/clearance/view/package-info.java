/** The letter for the registration office (§72a) as PDF, the same from the API and from the page. */
package org.quartiersnetz.clearance.view;
