package org.cairn.ui.letter;

/** Who a new letter goes to: the case's client, an entry of the service directory, or someone typed in. */
public enum RecipientChoice {
    CLIENT, DIRECTORY, TYPED
}
