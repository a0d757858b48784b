/** Declarations volunteers sign — confidentiality and the code of conduct — in versions. */
package org.quartiersnetz.declaration;
