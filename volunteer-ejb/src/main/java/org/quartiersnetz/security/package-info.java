/** Accounts, roles and password hashing; Shiro reads accounts through this area. */
package org.quartiersnetz.security;
