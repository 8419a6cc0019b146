package org.cairn.cli;

/** The command line's words for a refused pairing or transfer, by the reason code the use case gives. */
final class TransferWords {
    private TransferWords() {
    }

    static String pairingRefused(String reason) {
        return switch (reason) {
            case "ITSELF" -> "this is this casebook's own pairing card; use the card made by the other casebook";
            case "ALREADY_PAIRED" -> "this casebook is already paired with that one; see cairn pair list";
            case "NAME_IN_USE" -> "another paired casebook already has this name (or one that reads the same); "
                    + "choose another name";
            case "NOT_PAIRED" -> "no paired casebook has this name; see cairn pair list, or pair first with cairn "
                    + "pair add";
            default -> "this casebook cannot be paired";
        };
    }

    static String refused(String reason) {
        return switch (reason) {
            case "NOT_A_TRANSFER" -> "this is not a Cairn transfer file, or it was cut short; nothing was changed";
            case "OTHER_VERSION" -> "this transfer file was made by a different version of Cairn; update Cairn on "
                    + "both laptops, then make the file again. Nothing was changed";
            case "OTHER_RECIPIENT" -> "this transfer file was made for another casebook and cannot be opened here; "
                    + "nothing was changed";
            case "UNKNOWN_SENDER" -> "this transfer file comes from a casebook this one is not paired with; pair "
                    + "first (cairn pair add), compare the fingerprint, then import. Nothing was changed";
            case "TAMPERED" -> "this transfer file was changed or damaged after it was made; ask the sender for a "
                    + "new file. Nothing was changed";
            case "REPLAYED" -> "this transfer file was already imported; importing it again would change nothing, "
                    + "so nothing was changed";
            case "TOO_LARGE" -> "this file is far larger than any transfer Cairn makes; nothing was changed";
            case "ERASED_HERE" -> "this transfer file carries a client or case that was erased from this casebook, "
                    + "so it was refused and nothing was changed; ask the sender to leave her cases out of the file "
                    + "(and to erase her too, if the erasure applies there), then send it again";
            case "CONFLICTS_UNRESOLVED" -> "some fields were changed on both laptops and no choice was made for "
                    + "them; run the import with --preview to see them, then choose with --keep-ours/--take-theirs "
                    + "or --resolutions FILE (docs/TRANSFER.md). Nothing was changed";
            case "RESOLUTION_UNKNOWN" -> "a choice given names no conflict or removal in this file; check the "
                    + "references against --preview. Nothing was changed";
            default -> "this transfer file cannot be imported; nothing was changed";
        };
    }
}
