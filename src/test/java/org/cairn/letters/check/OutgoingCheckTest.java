package org.cairn.letters.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.templates.ConsentNeed;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.SensitivityClass;
import org.cairn.templates.TemplateHeader;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TranslationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutgoingCheckTest {
    private static final Field ALIAS = new Field("client.alias", Optional.empty());
    private static final Field ADDRESS = new Field("client.address", Optional.of(SensitivityClass.LOCATION));
    private static final Field AVOID = new Field("client.areasToAvoid", Optional.of(SensitivityClass.LOCATION));
    private static final Field PHONE = new Field("client.phone", Optional.of(SensitivityClass.CONTACT));
    private static final Field NRPF = new Field("case.nrpf", Optional.of(SensitivityClass.IMMIGRATION));
    private static final Field HO_REF = new Field("case.homeOfficeReference",
            Optional.of(SensitivityClass.IMMIGRATION));
    private static final Field DOB = new Field("client.dateOfBirth", Optional.of(SensitivityClass.IDENTITY));
    private static final Field ABUSER = new Field("abuser.name", Optional.of(SensitivityClass.ABUSER_DETAILS));
    private static final Field RECIPIENT_ADDRESS = new Field("recipient.address", Optional.empty());

    private final OutgoingCheck check = new OutgoingCheck();

    @Test
    void aPlainLetterToAnOrdinaryRecipientPassesWithNoFindings() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).build());

        assertThat(result.findings()).isEmpty();
        assertThat(result.allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void immigrationFieldsNeedAReasonExactlyForStatutoryBodiesAndTheImmigrationAuthority(RecipientKind kind) {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS, NRPF, HO_REF, DOB),
                recipient(kind)).build());

        boolean authority = kind == RecipientKind.STATUTORY || kind == RecipientKind.IMMIGRATION_AUTHORITY;
        if (authority) {
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(CheckRule.IMMIGRATION_TO_AUTHORITY);
                assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REASON);
                assertThat(f.fields()).containsExactly("case.nrpf", "case.homeOfficeReference");
            });
            assertThat(result.allowed()).isFalse();
        } else {
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void aReasonConfirmsTheImmigrationDisclosureAndIsCarriedForTheAudit() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(NRPF),
                recipient(RecipientKind.STATUTORY)).disclosureReason("  Client asked us to, for her GP  ").build());

        assertThat(result.allowed()).isTrue();
        assertThat(result.confirmed()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.CONFIRMED);
            assertThat(f.reason()).isEqualTo("Client asked us to, for her GP");
        });
    }

    @Test
    void aBlankReasonIsNoReason() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(NRPF),
                recipient(RecipientKind.IMMIGRATION_AUTHORITY)).disclosureReason("   ").build());

        assertThat(result.stopping()).extracting(Finding::outcome).containsExactly(Outcome.NEEDS_REASON);
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void aBlockedRecipientNeverGetsLocationOrContactAndNamesEachField(RecipientKind kind) {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false),
                List.of(ALIAS, ADDRESS, PHONE, AVOID, ABUSER), recipient(kind)).blocked().disclosureReason("any")
                .consentReason("any").build());

        assertThat(result.allowed()).isFalse();
        assertThat(result.of(CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT)).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.BLOCKED);
            assertThat(f.fields()).containsExactly("client.address", "client.phone", "client.areasToAvoid");
        });
    }

    @Test
    void aBlockedRecipientIsRefusedEvenWithoutLocationOrContactAndNoReasonUnblocksIt() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).blocked().disclosureReason("r").consentReason("r").build());

        assertThat(result.of(CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT)).isEmpty();
        assertThat(result.stopping()).extracting(Finding::rule).containsExactly(CheckRule.BLOCKED_RECIPIENT);
    }

    @ParameterizedTest
    @EnumSource(YesNoUnknown.class)
    void aLetterAddressedForPostToTheClientIsRefusedOnlyWhenHerRecordSaysPostIsNotSafe(YesNoUnknown post) {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS, RECIPIENT_ADDRESS),
                recipient(RecipientKind.CLIENT)).post(post).disclosureReason("she asked").build());

        if (post == YesNoUnknown.NO) {
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(CheckRule.POST_NOT_SAFE);
                assertThat(f.outcome()).isEqualTo(Outcome.BLOCKED);
                assertThat(f.fields()).containsExactly("recipient.address");
            });
            assertThat(result.allowed()).isFalse();
        } else {
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void aLetterToTheClientWithoutAnAddressOnlyWarnsWhenPostIsNotSafe() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS),
                recipient(RecipientKind.CLIENT)).post(YesNoUnknown.NO).build());

        assertThat(result.findings()).singleElement().extracting(Finding::outcome).isEqualTo(Outcome.WARNING);
        assertThat(result.allowed()).isTrue();
    }

    @Test
    void unsafePostMattersOnlyForLettersToTheClient() {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, false), List.of(RECIPIENT_ADDRESS),
                recipient(RecipientKind.THIRD_SECTOR)).post(YesNoUnknown.NO).build());

        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConsentNeed.class)
    void aTemplateNeedingConsentNeedsAReasonWithoutConsentInForce(ConsentNeed need) {
        CheckResult without = check.check(request(header(need, false), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).build());
        CheckResult with = check.check(request(header(need, false), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).consentInForce().build());
        CheckResult overridden = check.check(request(header(need, false), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).consentReason("Client agreed by phone today").build());

        assertThat(with.findings()).isEmpty();
        if (need == ConsentNeed.NONE) {
            assertThat(without.findings()).isEmpty();
            assertThat(overridden.findings()).isEmpty();
        } else {
            assertThat(without.stopping()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(CheckRule.CONSENT_MISSING);
                assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REASON);
                assertThat(f.arguments()).containsExactly(need.token());
            });
            assertThat(overridden.allowed()).isTrue();
            assertThat(overridden.confirmed()).extracting(Finding::rule).containsExactly(CheckRule.CONSENT_MISSING);
        }
    }

    @ParameterizedTest
    @EnumSource(Accreditation.class)
    void anOiscTemplateIsUnavailableOnlyWithoutRegistrationOrSupervision(Accreditation accreditation) {
        CheckResult result = check.check(request(header(ConsentNeed.NONE, true), List.of(ALIAS),
                recipient(RecipientKind.THIRD_SECTOR)).accreditation(accreditation).disclosureReason("r")
                .consentReason("r").build());

        if (accreditation == Accreditation.NONE) {
            assertThat(result.stopping()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(CheckRule.OISC_REQUIRED);
                assertThat(f.outcome()).isEqualTo(Outcome.UNAVAILABLE);
                assertThat(f.code()).isEqualTo("oisc-required");
            });
        } else {
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void aTemplateWithoutOiscNeedIsNeverUnavailable() {
        for (Accreditation accreditation : Accreditation.values()) {
            assertThat(check.check(request(header(ConsentNeed.NONE, false), List.of(ALIAS),
                    recipient(RecipientKind.IMMIGRATION_AUTHORITY)).accreditation(accreditation).build()).findings())
                    .isEmpty();
        }
    }

    @Test
    void everyRuleAtOnceIsReportedInRuleOrderWithItsOwnFields() {
        CheckResult result = check.check(request(header(ConsentNeed.SHARE_WITH_ORGANISATION, true),
                List.of(ADDRESS, NRPF, PHONE), recipient(RecipientKind.STATUTORY)).blocked()
                .accreditation(Accreditation.NONE).build());

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(CheckRule.OISC_REQUIRED,
                CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT, CheckRule.BLOCKED_RECIPIENT,
                CheckRule.IMMIGRATION_TO_AUTHORITY, CheckRule.LOCATION_OR_CONTACT_TO_AUTHORITY,
                CheckRule.CONSENT_MISSING);
        assertThat(result.of(CheckRule.IMMIGRATION_TO_AUTHORITY).get(0).fields()).containsExactly("case.nrpf");
        assertThat(result.of(CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT).get(0).fields())
                .containsExactly("client.address", "client.phone");
    }

    @Test
    void exhaustivelyTheLetterIsAllowedExactlyWhenNoRuleStopsIt() {
        List<Field> all = List.of(ALIAS, ADDRESS, PHONE, NRPF, DOB, ABUSER);
        int combinations = 0;
        List<CheckRequest> mismatches = new ArrayList<>();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (RecipientKind kind : RecipientKind.values()) {
            for (ConsentNeed need : ConsentNeed.values()) {
                for (Accreditation accreditation : Accreditation.values()) {
                    for (int flags = 0; flags < 64; flags++) {
                        for (int mask = 0; mask < (1 << all.size()); mask++) {
                            List<Field> fields = new ArrayList<>();
                            for (int i = 0; i < all.size(); i++) {
                                if ((mask & (1 << i)) != 0) {
                                    fields.add(all.get(i));
                                }
                            }
                            Builder b = request(header(need, (flags & 1) != 0), fields, recipient(kind))
                                    .accreditation(accreditation);
                            if ((flags & 2) != 0) {
                                b.blocked();
                            }
                            if ((flags & 4) != 0) {
                                b.consentInForce();
                            }
                            if ((flags & 8) != 0) {
                                b.disclosureReason("reason");
                            }
                            if ((flags & 16) != 0) {
                                b.consentReason("reason");
                            }
                            if ((flags & 32) != 0) {
                                b.contactReason("reason");
                            }
                            CheckRequest request = b.build();
                            CheckResult result = check.check(request);
                            if (result.allowed() != expectedAllowed(request)) {
                                mismatches.add(request);
                            }
                            // Each finding's code is one its rule declares, so every language has words for it.
                            result.findings().forEach(f -> codes.add(f.rule().codes().contains(f.code())
                                    ? f.code() : "undeclared " + f.code()));
                            combinations++;
                        }
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(combinations).isEqualTo(4 * 5 * 5 * 64 * 64);
        assertThat(codes).noneMatch(code -> code.startsWith("undeclared")).hasSizeGreaterThanOrEqualTo(6);
    }

    /** The rules restated independently, as a specification to compare against. */
    private static boolean expectedAllowed(CheckRequest r) {
        if (r.template().requiresOisc() && r.accreditation() == Accreditation.NONE) {
            return false;
        }
        if (r.recipientBlocked()) {
            return false;
        }
        boolean immigration = r.fields().stream().anyMatch(f -> f.is(SensitivityClass.IMMIGRATION));
        boolean authority = r.recipient().kind() == RecipientKind.STATUTORY
                || r.recipient().kind() == RecipientKind.IMMIGRATION_AUTHORITY;
        if (immigration && authority && r.disclosureReason() == null) {
            return false;
        }
        boolean located = r.fields().stream().anyMatch(f -> f.is(SensitivityClass.LOCATION)
                || f.is(SensitivityClass.CONTACT));
        if (located && authority && r.more().contact() == null) {
            return false;
        }
        return r.template().consent() == ConsentNeed.NONE || r.consentInForce() || r.consentReason() != null;
    }

    private static TemplateHeader header(ConsentNeed consent, boolean oisc) {
        return new TemplateHeader("letter-test", 1, "Test letter", TemplateKind.LETTER, "en-GB",
                RecipientKind.THIRD_SECTOR, consent, EnumSet.allOf(SensitivityClass.class), oisc, "Test source",
                LocalDate.of(2026, 11, 25), TranslationStatus.ORIGINAL);
    }

    private static Recipient recipient(RecipientKind kind) {
        return new Recipient("Someone", kind, null, null, null, null);
    }

    private static Builder request(TemplateHeader header, List<Field> fields, Recipient recipient) {
        return new Builder(header, fields, recipient);
    }

    private static final class Builder {
        private final TemplateHeader header;
        private final List<Field> fields;
        private final Recipient recipient;
        private boolean blocked;
        private YesNoUnknown post = YesNoUnknown.UNKNOWN;
        private boolean consent;
        private Accreditation accreditation = Accreditation.OISC_LEVEL_1;
        private String disclosure;
        private String consentReason;
        private String contactReason;

        Builder(TemplateHeader header, List<Field> fields, Recipient recipient) {
            this.header = header;
            this.fields = fields;
            this.recipient = recipient;
        }

        Builder blocked() {
            blocked = true;
            return this;
        }

        Builder post(YesNoUnknown value) {
            post = value;
            return this;
        }

        Builder consentInForce() {
            consent = true;
            return this;
        }

        Builder accreditation(Accreditation value) {
            accreditation = value;
            return this;
        }

        Builder disclosureReason(String value) {
            disclosure = value;
            return this;
        }

        Builder consentReason(String value) {
            consentReason = value;
            return this;
        }

        Builder contactReason(String value) {
            contactReason = value;
            return this;
        }

        CheckRequest build() {
            return new CheckRequest(header, fields, recipient, blocked, post, consent, accreditation, disclosure,
                    consentReason, RecipientFacts.NONE, new MoreReasons(null, null, contactReason));
        }
    }
}
