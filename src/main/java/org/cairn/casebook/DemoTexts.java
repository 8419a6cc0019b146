package org.cairn.casebook;

import java.util.List;

/** Fictional note texts and other phrases for demo casebooks, written for this project. */
final class DemoTexts {
    /** Placeholders: {alias}, {lang}, {org}, {day}. */
    static final List<String> NOTES = List.of(
            "First meeting at the drop-in with a {lang} interpreter. {alias} described a year of threats and control"
                    + " over money. She is afraid that if she calls the police her details will go to the Home Office.",
            "Called at the agreed safe time; {alias} gave the code word. Went through the safety plan again: copies of"
                    + " documents kept with a friend, emergency numbers saved under a shop name.",
            "GP registration refused: the surgery told {alias} she needed proof of address. Explained that"
                    + " practices should not refuse for that reason; wrote to the practice manager and offered to go"
                    + " with her.",
            "A refuge space may be available from {day} in another borough. {alias} is worried about moving the"
                    + " children's school; agreed she will visit first and decide after.",
            "Solicitor appointment booked at Riverside Law Centre for {day} to look at the domestic abuse concession"
                    + " and whether settlement is possible on her route.",
            "NRPF: the council housing desk turned her away. Sent them the NRPF guidance and asked for a section 17"
                    + " assessment because of the children.",
            "Risk review. Incidents have got worse since he found her second phone. Agreed referral to MARAC; she does"
                    + " not want police contact at this time and we recorded why.",
            "Hospital sent an invoice after the assault. Treatment for injuries caused by domestic violence should not"
                    + " be charged; drafted a letter asking the overseas visitors office to cancel it.",
            "Referral made to the Support for Migrant Victims scheme for accommodation and subsistence while her"
                    + " application is prepared.",
            "Referral sent to {org} with her consent; they will call her at the agreed safe time.",
            "{alias} agreed to a third-party report of the last incident, without her name or contact details.",
            "Food bank voucher given. Helped {alias} open a basic bank account in her own name so her wages are safe.",
            "Did not attend. Texted the safe contact only, as agreed, with no detail about the case.",
            "Interpreter booked in {lang} for next session. She prefers a woman interpreter from outside her local"
                    + " community.",
            "Safety planning for technology: checked location sharing on her phone, changed email password together,"
                    + " turned off cloud photo sharing with his account.",
            "Supervisor review. {alias} has moved area and a local service now supports her. Confirmed she is happy"
                    + " for us to keep the records.",
            "Helped complete the form for free school meals. She still has no recourse to public funds, so checked"
                    + " what help the children can get that does not count as public funds.",
            "Went with {alias} to the family court hearing on {day}. Asked for separate waiting room in advance.",
            "She says her passport is held by his mother. Noted for the solicitor; advised her not to confront"
                    + " the family about it.");

    static final List<String> TASKS = List.of(
            "Chase GP registration", "Follow up solicitor appointment", "Review risk assessment",
            "Check refuge availability", "Send NRPF letter to council", "Call back at safe time",
            "Renew consent to share", "Book interpreter", "Check on section 17 assessment",
            "Prepare bundle for court hearing");

    /** Fictional, from the demo directory, so notes and consents name services the demo can refer to. */
    static final List<String> ORGANISATIONS = DemoDirectory.REFERRAL_SERVICES;

    static final List<String> ADVOCATES = List.of(
            "R. Mensah", "J. Whitfield", "S. Kapoor", "M. O'Neill", "T. Adeyemi", "L. Fernandes", "K. Nowak");

    static final List<String> CODE_WORDS = List.of(
            "blue umbrella", "sunflower", "Tuesday bread", "mango", "library book", "grandmother's recipe",
            "green kettle");

    static final List<String> SAFE_TIMES = List.of(
            "weekdays 10:00-12:00", "school hours only", "after 20:00 when he works nights", "Saturday mornings",
            "only when she calls first");

    static final List<String> SAFE_CONTACTS = List.of(
            "sister, number held by the advocate", "friend from English class", "refuge key worker",
            "church pastor", "neighbour upstairs");

    private DemoTexts() {
    }
}
