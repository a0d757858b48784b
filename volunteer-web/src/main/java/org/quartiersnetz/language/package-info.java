/**
 * The language of each page: the language switch, a volunteer's remembered choice, the browser's
 * wish, German by default; staff pages in German or English only; right to left for Arabic.
 */
package org.quartiersnetz.language;
