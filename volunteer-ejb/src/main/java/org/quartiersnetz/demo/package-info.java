/**
 * Demo mode (QN_DEMO=true): the Derrsiedlung network with one account per role, neighbours,
 * a family, tasks and offers. The top floor: it uses the other areas, nothing uses it.
 */
package org.quartiersnetz.demo;
