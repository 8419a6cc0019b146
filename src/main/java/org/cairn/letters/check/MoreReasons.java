package org.cairn.letters.check;

/**
 * The advocate's reasons for the decisions that came with comparing recipients by who they are; each is audited
 * when the letter goes. Null or a reason without at least three letters is no reason.
 *
 * @param differentPerson why a recipient whose name contains a blocked name is someone else
 * @param kind why a recipient on the statutory list is not treated as that kind
 * @param contact why the client's location or contact details go to a statutory body
 */
public record MoreReasons(String differentPerson, String kind, String contact) {
    public static final MoreReasons NONE = new MoreReasons(null, null, null);
}
