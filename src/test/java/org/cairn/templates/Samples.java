package org.cairn.templates;

/** Small valid templates of each body type that tests change one line at a time. */
final class Samples {
    static final String HEADER = """
            cairn-template: 1
            id: sample
            version: 3
            title: Sample
            kind: %s
            language: en-GB
            recipient: %s
            consent: %s
            sensitive: %s
            requires-oisc: no
            source: Test
            last-checked: 2026-11-25
            translation: original
            ---

            """;

    static final String PLAN = HEADER.formatted("safety-plan", "client", "keep-records", "none") + """
            ## first: First steps
            guidance: Go gently.

            - [tick] bag: Keep a bag ready.
              guidance: With someone trusted.

            - [choice] where: Where will you go?
              choices: Refuge | Family | Other

            - [date] review: Review date
            """;

    static final String CHECKLIST = HEADER.formatted("risk-checklist", "client", "keep-records", "none") + """
            ## questions: Questions

            - [yes-no-unknown] afraid: Are you afraid?
              score: yes = 2 | unknown = 1

            - [choice] often: How often?
              choices: Never | Sometimes | Often
              score: Sometimes = 1 | Often = 3

            - [tick] injured: Injured
              score: ticked = 1

            threshold: 0
              level: standard

            threshold: 4
              level: high
              suggest: marac-referral
              guidance: Suggest MARAC.
            """;

    static final String LETTER = HEADER.formatted("letter", "third-sector", "share-with-organisation", "contact")
            + """
            # Dear {{recipient.name}}

            Please call {{ client.phone }} about {{case.reference}}.
            """;

    private Samples() {
    }
}
