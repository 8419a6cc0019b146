package org.cairn.casework;

import java.util.Locale;

/** The client's details she may ask to have corrected, by the name her copy lists them under. */
public enum ClientField {
    ALIAS, LEGAL_NAMES, DATE_OF_BIRTH, NATIONALITY, ADDRESS, PHONE, EMAIL;

    /** The name in her copy and in the record of the correction: {@code client.legalNames}. */
    public String recordName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder("client.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
