package org.cairn.ui.letter;

/** Who a new letter goes to: the case's client, or a person or organisation the advocate types. */
public enum RecipientChoice {
    CLIENT, TYPED
}
