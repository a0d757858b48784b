/** The matching's reasons, gaps and conditions in the reader's language, for the API and the pages alike. */
package org.quartiersnetz.matching.view;
