package org.quartiersnetz.declaration.entity;

/** The declarations a task type may require. */
public enum DeclarationKind {
    CONFIDENTIALITY,
    CODE_OF_CONDUCT
}
