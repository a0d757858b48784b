/** Import of volunteers and their course certificates from a carrier's spreadsheet (CSV or XLSX), with a dry run. */
package org.quartiersnetz.imports;
