/**
 * What both adapters (rest and web) need to show things: the request's language, the texts of the
 * resource bundles, query parameters, the rows of the weekly-times editor. An area's {@code view} package holds what its REST resources
 * and its pages render alike; {@code rest} and {@code web} never use each other.
 */
package org.quartiersnetz.common.view;
