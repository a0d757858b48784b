/** The signed-in caller as both adapters (REST resources and pages) see it. */
package org.quartiersnetz.security.view;
