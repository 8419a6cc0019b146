package org.cairn.casebook;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cairn.vault.Tx;

/**
 * A fictional but plausible service directory for the demo casebook, covering every kind of recipient. Places,
 * names and details are invented; phone numbers are in Ofcom's ranges reserved for drama (01632 960xxx and
 * 07700 900xxx) and emails use the reserved domain example.org, so nothing here can reach a real service.
 */
final class DemoDirectory {
    /** Some clients' abusers volunteer here, so the demo shows an entry blocked for one client only. */
    static final String COMMUNITY_CENTRE = "Eastgate Community Centre";
    /** The organisations demo notes and consents name: the third-sector services clients are referred to. */
    static final List<String> REFERRAL_SERVICES = List.of("Northbridge Women's Aid", "Sol y Luna Women's Project",
            "East Vale Law Centre", "Harbourside Family Law Clinic", "Rivermouth Migrant Health Project",
            "Fair Work Rivermouth", "Millford Refuge Network");

    private DemoDirectory() {
    }

    static List<DirectoryDetails> entries(LocalDate today) {
        return List.of(
                entry("Northbridge Women's Aid", RecipientKind.THIRD_SECTOR,
                        "refuge, community outreach, children's support, IDVA service",
                        "English, Urdu, Punjabi, Bengali", "Northbridge, East Vale",
                        "Phone the duty worker on weekdays, then email the referral form.", "01632 960101",
                        "referrals.nwa@example.org", "PO Box 12, Northbridge NB1 2AA", today.minusDays(40)),
                entry("Sol y Luna Women's Project", RecipientKind.THIRD_SECTOR,
                        "domestic abuse advocacy, immigration-aware casework, peer support groups",
                        "Spanish, Portuguese, English", "Northbridge, Harbourside",
                        "Email the referral form; they reply within two working days.", "01632 960214",
                        "intake.solyluna@example.org", "14 Quay Street, Harbourside HB2 4QS", today.minusDays(75)),
                entry("East Vale Law Centre", RecipientKind.THIRD_SECTOR,
                        "immigration advice (OISC level 3), Support for Migrant Victims applications, welfare benefits",
                        "English, Polish, Romanian, Arabic", "East Vale, Northbridge, Millford",
                        "Referral form by email; urgent cases by phone before noon.", "01632 960330",
                        "advice.evlc@example.org", "3 Market Row, East Vale EV1 1MR", today.minusDays(20)),
                entry("Harbourside Family Law Clinic", RecipientKind.THIRD_SECTOR,
                        "family law advice, non-molestation orders, child arrangements",
                        "English, Turkish, Kurdish", "Harbourside, Rivermouth",
                        "Phone for an appointment; legal aid checked at the first call.", "01632 960452",
                        "clinic.hflc@example.org", "Unit 5, Dockside Chambers, Harbourside HB1 9DC",
                        today.minusDays(110)),
                entry("Rivermouth Migrant Health Project", RecipientKind.THIRD_SECTOR,
                        "help registering with a GP, NHS charging advice, health advocacy",
                        "English, Tigrinya, Amharic, Arabic, Farsi", "Rivermouth, Harbourside",
                        "Drop-in on Tuesdays, or email the short referral form.", "07700 900173",
                        "health.rmhp@example.org", null, today.minusDays(200)),
                entry("Fair Work Rivermouth", RecipientKind.THIRD_SECTOR,
                        "labour exploitation, unpaid wages, domestic workers' rights",
                        "English, Tagalog, Romanian, Bulgarian", "Rivermouth, Millford",
                        "Phone first; they call back within a day at a time that is safe.", "01632 960587",
                        "casework.fwr@example.org", "2 Mill Lane, Rivermouth RM3 2ML", today.minusDays(60)),
                entry("Millford Refuge Network", RecipientKind.THIRD_SECTOR,
                        "refuge, spaces for women with no recourse to public funds, resettlement",
                        "English, Somali, Arabic, French", "Millford, East Vale",
                        "Phone the 24-hour line; never give the refuge address to anyone.", "07700 900624",
                        "spaces.mrn@example.org", null, today.minusDays(15)),
                entry(COMMUNITY_CENTRE, RecipientKind.THIRD_SECTOR,
                        "drop-in advice, English classes, food parcels", "English, Urdu, Polish",
                        "Eastgate, Northbridge", "Walk in, or phone reception.", "01632 960718",
                        "hello.eastgate@example.org", "40 Eastgate Road, Northbridge NB4 7ER", today.minusDays(300)),
                entry("Northbridge Domestic Abuse Helpline", RecipientKind.CLIENT,
                        "listening and safety planning by phone, 9am to 9pm", "English, Urdu, Polish, Spanish",
                        "Northbridge, East Vale, Harbourside", "The client phones them herself when it is safe.",
                        "01632 960800", null, null, today.minusDays(30)),
                entry("Harbourside Baby and Food Bank", RecipientKind.CLIENT,
                        "food, nappies, baby clothes", "English", "Harbourside",
                        "The client goes herself with a voucher from us.", "01632 960845",
                        "help.hbfb@example.org", "Church Hall, Harbour Hill, Harbourside HB3 1CH",
                        today.minusDays(90)),
                entry("East Vale Council Housing Options", RecipientKind.STATUTORY,
                        "homelessness applications, emergency accommodation", "English",
                        "East Vale", "Phone and ask for the domestic abuse housing lead.", "01632 960902",
                        "housing.options@example.org", "Civic Centre, East Vale EV1 1CC", today.minusDays(50)),
                entry("Northbridge Children's Services", RecipientKind.STATUTORY,
                        "safeguarding, early help", "English", "Northbridge",
                        "Safeguarding referrals through the front door team.", "01632 960933",
                        "frontdoor.nbcs@example.org", "Town Hall, Northbridge NB1 1TH", today.minusDays(120)),
                entry("Immigration Casework Office, Northbridge", RecipientKind.IMMIGRATION_AUTHORITY,
                        "immigration applications, reporting events", "English", "Northbridge, East Vale",
                        "Only through an OISC-registered adviser or a solicitor.", "01632 960977",
                        "casework.ico@example.org", "PO Box 99, Northbridge NB9 9ZZ", today.minusDays(180)));
    }

    private static DirectoryDetails entry(String name, RecipientKind kind, String services, String languages,
            String areas, String howToRefer, String phone, String email, String address, LocalDate lastChecked) {
        return new DirectoryDetails(name, kind, split(services), split(languages), split(areas), howToRefer, phone,
                email, address, lastChecked);
    }

    private static List<String> split(String text) {
        return List.of(text.split(","));
    }

    /** Writes the directory in its own transaction unless the casebook has one already. */
    static void writeIfEmpty(Casebook casebook, LocalDate today) {
        casebook.transactions().write(tx -> {
            if (tx.queryLong("SELECT count(*) FROM directory_entry") == 0) {
                for (DirectoryDetails details : entries(today)) {
                    casebook.directory().add(tx, details);
                }
            }
            return null;
        });
    }

    /**
     * Blocks the community centre for about one client in twenty-five, as linked to her abuser. Draws from a
     * stream of its own so the rest of the demo case is the same with or without it.
     */
    static void blockSome(Casebook casebook, Tx tx, long clientId) throws SQLException {
        SplittableRandom r = new SplittableRandom(clientId * 0x9E3779B97F4A7C15L + 0xD1EC7L);
        if (r.nextInt(25) != 0) {
            return;
        }
        Optional<DirectoryEntry> centre = casebook.directory().findByName(tx, COMMUNITY_CENTRE);
        if (centre.isPresent()) {
            casebook.blockedRecipients().add(tx, clientId, centre.get().id(), centre.get().name(),
                    "The person harming her volunteers at the centre and knows the staff.");
        }
    }
}
