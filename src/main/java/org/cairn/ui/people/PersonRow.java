package org.cairn.ui.people;

import org.cairn.casework.Role;

/**
 * One key slot as the People list shows it: every field the slot records, nothing left out.
 *
 * @param role the role Cairn knows, or null when the slot names one written by a newer version ({@code roleText}
 *             still shows it)
 * @param you whether this is the slot of the person using the casebook now
 */
public record PersonRow(String name, Role role, String roleText, String addedBy, String addedOn, boolean you) {
}
