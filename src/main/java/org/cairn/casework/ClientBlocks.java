package org.cairn.casework;

import java.util.List;
import org.cairn.casebook.BlockedRecipient;

/** The never-contact marks of a case's client, and the directory entries offered for a new one. */
public record ClientBlocks(long clientId, List<BlockedRecipient> marks, OfferedRecipients offered) {
}
