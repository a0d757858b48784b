/** The dashboard's lists as CSV, the same from the API and from the page. */
package org.quartiersnetz.dashboard.view;
